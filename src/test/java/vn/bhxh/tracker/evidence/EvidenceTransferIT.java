package vn.bhxh.tracker.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.util.HtmlUtils;

import vn.bhxh.tracker.account.Position;
import vn.bhxh.tracker.reporting.ReportingPeriods;
import vn.bhxh.tracker.support.BrowserTest;
import vn.bhxh.tracker.support.DemoUsers;
import vn.bhxh.tracker.support.TestAccounts;

/**
 * Uploads and downloads over a real port, through Tomcat, in a JVM whose heap is capped at 512 MB
 * (Failsafe runs this class alone with {@code -Xmx512m}, see the pom): fifty people download the
 * largest file allowed at the same moment, and uploads over the container's own limits (a part, the
 * whole request, the number of parts) come back to the report with the application's message.
 */
@BrowserTest
@Tag(EvidenceTransferIT.HEAP_512M)
class EvidenceTransferIT {

    /** The tag of the tests that Failsafe runs in a JVM of their own, with at most 512 MB of heap. */
    static final String HEAP_512M = "heap-512m";

    private static final String UNIT_CODE = "H009";
    private static final String LEADER = "chuyen-tep.h009";
    private static final YearMonth MONTH = YearMonth.of(2021, 11);
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final long MEGABYTE = 1024 * 1024;

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    ReportingPeriods periods;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EvidenceProperties properties;

    @Autowired
    MeterRegistry meters;

    private HttpClient http;
    private long reportId;
    private long dutyId;

    @BeforeEach
    void signInAndOpenTheReport() throws Exception {
        testAccounts.ensureLeader(LEADER, "Trần Văn Chuyển", UNIT_CODE, Position.HEAD);
        periods.open(MONTH);
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        String login = get("/login").body();
        HttpResponse<String> signedIn = send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofString(form(Map.of("username", LEADER, "password", DemoUsers.PASSWORD,
                        "_csrf", csrf(login))))));
        assertThat(location(signedIn)).isEqualTo("/");
        HttpResponse<String> start = get("/my-unit/reports/" + MONTH);
        if (start.statusCode() == 200) {
            start = send(HttpRequest.newBuilder(uri("/my-unit/reports/" + MONTH))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(BodyPublishers.ofString(form(Map.of("_csrf", csrf(start.body()))))));
        }
        Matcher report = Pattern.compile("^/reports/(\\d+)").matcher(location(start));
        assertThat(report.find()).isTrue();
        reportId = Long.parseLong(report.group(1));
        dutyId = jdbc.queryForObject("SELECT min(duty_id) FROM duty_report WHERE self_assessment_id = ?", Long.class, reportId);
        // a run before on the same database left its files: the report's quota starts empty
        jdbc.update("DELETE FROM evidence WHERE duty_report_id IN (SELECT id FROM duty_report WHERE self_assessment_id = ?)",
                reportId);
    }

    @Test
    void fiftySimultaneousDownloadsOfTheLargestFileAllowedSucceedWithin512MegabytesOfHeap() throws Exception {
        assertThat(Runtime.getRuntime().maxMemory()).isLessThanOrEqualTo(512 * MEGABYTE);
        long size = properties.maxFileSize().toBytes();
        HttpResponse<String> uploaded = upload(List.of(new Part("lon-nhat.pdf", size)));
        assertThat(location(uploaded)).isEqualTo("/reports/" + reportId + "/edit");
        long evidenceId = jdbc.queryForObject("""
                SELECT e.id FROM evidence e JOIN duty_report d ON d.id = e.duty_report_id
                WHERE d.self_assessment_id = ? AND e.file_name = 'lon-nhat.pdf'""", Long.class, reportId);
        String expected = sha256(new Part("lon-nhat.pdf", size).content());
        assertThat(jdbc.queryForObject("SELECT sha256 FROM evidence WHERE id = ?", String.class, evidenceId)).isEqualTo(expected);

        int downloads = 50;
        ExecutorService people = Executors.newFixedThreadPool(downloads);
        CountDownLatch ready = new CountDownLatch(downloads);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < downloads; i++) {
                results.add(people.submit(() -> {
                    ready.countDown();
                    go.await();
                    HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(uri("/evidence/" + evidenceId))
                            .timeout(Duration.ofSeconds(120)).build(), BodyHandlers.ofInputStream());
                    MessageDigest digest = MessageDigest.getInstance("SHA-256");
                    long received = 0;
                    try (InputStream body = new DigestInputStream(response.body(), digest)) {
                        byte[] buffer = new byte[64 * 1024];
                        for (int n; (n = body.read(buffer)) > 0; ) {
                            received += n;
                        }
                    }
                    return response.statusCode() + " " + received + " " + HexFormat.of().formatHex(digest.digest());
                }));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> result : results) {
                outcomes.add(result.get(180, TimeUnit.SECONDS));
            }
            assertThat(outcomes).containsOnly("200 " + size + " " + expected).hasSize(downloads);
        } finally {
            people.shutdownNow();
        }
    }

    @Test
    void uploadsOverTheContainersLimitsGoBackToTheReportWithTheApplicationsMessage() throws Exception {
        String edit = "/reports/" + reportId + "/edit";
        double[] refusedBefore = refusedFor("tooBig", "uploadTooBig", "tooMany");
        // one part over spring.servlet.multipart.max-file-size (50 MB)
        HttpResponse<String> part = upload(List.of(new Part("bien-ban.pdf", 51 * MEGABYTE)));
        assertThat(part.statusCode()).isEqualTo(302);
        assertThat(location(part)).isEqualTo(edit);
        assertThat(page(edit)).contains("Tệp vượt quá dung lượng cho phép (20 MB mỗi tệp).");

        // the whole request over spring.servlet.multipart.max-request-size (110 MB)
        HttpResponse<String> request = upload(List.of(new Part("a.pdf", 40 * MEGABYTE), new Part("b.pdf", 40 * MEGABYTE),
                new Part("c.pdf", 40 * MEGABYTE)));
        assertThat(location(request)).isEqualTo(edit);
        assertThat(page(edit)).contains("Tổng dung lượng các tệp trong một lần tải lên vượt quá 50 MB.");

        // more parts than server.tomcat.max-part-count (50, the CSRF token included)
        List<Part> many = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            many.add(new Part("tep-" + i + ".pdf", 100));
        }
        HttpResponse<String> count = upload(many);
        assertThat(location(count)).isEqualTo(edit);
        assertThat(page(edit)).contains("Mỗi lần chỉ tải lên được tối đa 10 tệp.");

        // the message was shown once and the report holds nothing of it
        assertThat(page(edit)).doesNotContain("alert-danger");
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM evidence e JOIN duty_report d ON d.id = e.duty_report_id
                WHERE d.self_assessment_id = ?""", Integer.class, reportId)).isZero();
        // the container's refusals count in the metrics as the application's own do
        double[] refused = refusedFor("tooBig", "uploadTooBig", "tooMany");
        for (int i = 0; i < refused.length; i++) {
            assertThat(refused[i]).isEqualTo(refusedBefore[i] + 1);
        }
    }

    private double[] refusedFor(String... reasons) {
        double[] counts = new double[reasons.length];
        for (int i = 0; i < reasons.length; i++) {
            counts[i] = meters.counter(UploadRefusals.METRIC, "reason", reasons[i]).count();
        }
        return counts;
    }

    // ---- HTTP ----

    /**
     * A file of the given size that starts as a PDF, its bytes made up as they are read (never held
     * whole, here either), the same every time.
     */
    private record Part(String name, long size) {

        InputStream content() {
            byte[] header = "%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1);
            return new SequenceInputStream(new ByteArrayInputStream(header), new InputStream() {
                private long position = header.length;

                @Override
                public int read() {
                    byte[] one = new byte[1];
                    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
                }

                @Override
                public int read(byte[] target, int from, int length) {
                    if (position >= size) {
                        return -1;
                    }
                    int n = (int) Math.min(length, size - position);
                    for (int i = 0; i < n; i++) {
                        long at = position + i;
                        target[from + i] = (byte) (at * 31 + (at >>> 20) * 7 + (at >>> 9));
                    }
                    position += n;
                    return n;
                }
            });
        }
    }

    /** Posts the files to the report's first duty as the edit page's upload form does, streaming the body. */
    private HttpResponse<String> upload(List<Part> parts) throws Exception {
        String token = csrf(get("/reports/" + reportId + "/edit").body());
        String boundary = "----tracker-" + System.nanoTime();
        List<Object> pieces = new ArrayList<>();
        pieces.add("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n");
        for (Part part : parts) {
            pieces.add("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + part.name()
                    + "\"\r\nContent-Type: application/pdf\r\n\r\n");
            pieces.add(part);
            pieces.add("\r\n");
        }
        pieces.add("--" + boundary + "--\r\n");
        long length = pieces.stream().mapToLong(p -> p instanceof Part part ? part.size()
                : ((String) p).getBytes(StandardCharsets.UTF_8).length).sum();
        HttpRequest.BodyPublisher body = BodyPublishers.fromPublisher(BodyPublishers.ofInputStream(() ->
                new SequenceInputStream(Collections.enumeration(pieces.stream().map(p -> p instanceof Part part ? part.content()
                        : new ByteArrayInputStream(((String) p).getBytes(StandardCharsets.UTF_8))).toList()))), length);
        return send(HttpRequest.newBuilder(uri("/reports/" + reportId + "/duties/" + dutyId + "/evidence"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).timeout(Duration.ofSeconds(120))
                .POST(body));
    }

    private String page(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).isEqualTo(200);
        return HtmlUtils.htmlUnescape(response.body());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Where a redirect points, as a path (the server answers with absolute addresses). */
    private static String location(HttpResponse<?> response) {
        assertThat(response.statusCode()).as("a redirect").isBetween(301, 303);
        return URI.create(response.headers().firstValue("Location").orElseThrow()).getPath();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String csrf(String page) {
        Matcher token = CSRF.matcher(page);
        assertThat(token.find()).as("a CSRF token on the page").isTrue();
        return HtmlUtils.htmlUnescape(token.group(1));
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String sha256(InputStream content) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (InputStream in = new DigestInputStream(content, digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
