package vn.bhxh.tracker.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Base64;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.bhxh.tracker.reporting.ReportingPeriods;
import vn.bhxh.tracker.support.BrowserTest;
import vn.bhxh.tracker.support.DemoUsers;

/**
 * Errors over real HTTP, where the servlet container's error dispatch takes part: every error of the
 * JSON API is a problem detail in JSON (401 from HTTP Basic, 403, 404 for an unknown path, 405, 406,
 * 400 for a control character), while a page's address with a control character answers the
 * Vietnamese 400 page naming it.
 */
@BrowserTest
class ErrorAnswersIT {

    private static final String SUMMARY = "/api/v1/periods/2026-10/summary";

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    ReportingPeriods periods;

    /** The month asked for has a period, so that what is refused is refused for another reason. */
    @BeforeEach
    void octoberHasAPeriod() {
        periods.open(YearMonth.of(2026, 10));
    }

    @Test
    void withoutCredentialsTheApiAnswersA401ProblemAndStillAsksForBasic() throws Exception {
        HttpResponse<String> response = send(request(SUMMARY));
        assertProblem(response, 401, "Chưa đăng nhập");
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(value -> assertThat(value).startsWith("Basic"));
        assertProblem(send(request(SUMMARY).header("Authorization", basic("tccb", "sai-mat-khau"))), 401, "Chưa đăng nhập");
    }

    @Test
    void aRoleThatMayNotReadTheApiGetsA403Problem() throws Exception {
        assertProblem(send(request(SUMMARY).header("Authorization", basic("badinh", DemoUsers.PASSWORD))), 403,
                "Không có quyền truy cập");
    }

    @Test
    void anUnknownPathOfTheApiIsA404Problem() throws Exception {
        assertProblem(send(asReviewer("/api/v1/khong-co")), 404, "Không tìm thấy trang");
    }

    @Test
    void aMethodTheApiDoesNotTakeIsA405ProblemNamingTheOneItDoes() throws Exception {
        HttpResponse<String> response = send(asReviewer(SUMMARY).POST(HttpRequest.BodyPublishers.noBody()));
        assertProblem(response, 405, "Phương thức không được hỗ trợ");
        assertThat(response.headers().firstValue("Allow")).hasValueSatisfying(value -> assertThat(value).contains("GET"));
    }

    @Test
    void aFormatTheApiCannotGiveIsA406Problem() throws Exception {
        assertProblem(send(asReviewer(SUMMARY).header("Accept", "application/xml")), 406, "Không có định dạng phù hợp");
    }

    @Test
    void aControlCharacterInTheApisAddressIsA400ProblemEvenBeforeSigningIn() throws Exception {
        HttpResponse<String> response = send(request(SUMMARY + "?unit=T%001"));
        assertProblem(response, 400, "Yêu cầu không hợp lệ");
        assertThat(response.body()).contains("U+0000");
    }

    @Test
    void aControlCharacterInAPagesAddressAnswersTheVietnamese400PageNamingIt() throws Exception {
        HttpResponse<String> response = send(request("/admin/units?q=ba%00dinh").header("Accept", "text/html"));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(response.body()).contains("Yêu cầu không hợp lệ", "data-testid=\"refused-text\"", "mã U+0000, ở vị trí thứ 3");
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    /** A request signed in as Vụ TCCB (HTTP Basic), a role that may read the API. */
    private HttpRequest.Builder asReviewer(String path) {
        return request(path).header("Authorization", basic("tccb", DemoUsers.PASSWORD));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static void assertProblem(HttpResponse<String> response, int status, String title) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"status\":" + status, "\"title\":\"" + title + "\"", "\"type\":\"about:blank\"");
    }
}
