package vn.bhxh.tracker.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.bhxh.tracker.support.DatabaseProxy;
import vn.bhxh.tracker.support.DemoUsers;
import vn.bhxh.tracker.support.LostConnectionPage;
import vn.bhxh.tracker.support.ServerTest;
import vn.bhxh.tracker.support.TestAccounts;
import vn.bhxh.tracker.support.Visitor;

/**
 * PostgreSQL goes down under a running instance and comes back (the proxy between them is cut, then
 * restored): people get the "tạm gián đoạn" page within 5 seconds, the API a 503, readiness says
 * DOWN; then service resumes by itself, with the session and what was saved before intact and
 * nothing of what was sent during the outage.
 */
@ServerTest
class DatabaseOutageTest {

    private static final Duration PROMPTLY = Duration.ofSeconds(5);
    private static final String OUTAGE_PAGE = "data-testid=\"error-503\"";

    @LocalServerPort
    int port;

    @Autowired
    DatabaseProxy database;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void duringAnOutageEveryoneIsToldPromptlyAndAfterItServiceResumesWithNothingLost() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        long unitId = jdbc.queryForObject("SELECT id FROM unit WHERE code = 'H002'", Long.class);
        Visitor admin = new Visitor();
        admin.signIn(port, "admin", DemoUsers.PASSWORD);
        assertThat(admin.post(port, "/admin/users", TestAccounts.newUserForm("truoc-" + suffix, unitId)).statusCode()).isEqualTo(302);
        Visitor stranger = new Visitor();
        stranger.get(port, "/login");

        database.cut();
        try {
            HttpResponse<String> page = promptly(() -> admin.get(port, "/admin/users"));
            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.headers().firstValue("Retry-After")).hasValue("30");
            assertThat(page.body()).contains(OUTAGE_PAGE, "Hệ thống tạm gián đoạn", "/css/app.css");

            HttpResponse<String> write = promptly(() -> admin.post(port, "/admin/users", TestAccounts.newUserForm("trong-" + suffix, unitId)));
            assertThat(write.statusCode()).isEqualTo(503);
            assertThat(write.body()).contains(OUTAGE_PAGE);

            HttpResponse<String> signIn = promptly(() -> stranger.post(port, "/login",
                    Map.of("username", "badinh", "password", DemoUsers.PASSWORD)));
            assertThat(signIn.statusCode()).isEqualTo(503);
            HttpResponse<String> english = promptly(() -> new Visitor().get(port, "/login", "Cookie", "tracker-lang=en"));
            assertThat(english.statusCode()).isEqualTo(503);
            assertThat(english.body()).contains("Service temporarily unavailable");

            HttpResponse<String> api = promptly(() -> new Visitor().get(port, "/api/v1/periods/2026-11/summary",
                    "Authorization", basic("tccb", DemoUsers.PASSWORD)));
            assertThat(api.statusCode()).isEqualTo(503);
            assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith("application/problem+json"));
            assertThat(api.body()).contains("\"status\":503", "Hệ thống tạm gián đoạn");

            // the page's style sheet loads without the session, which is in the database
            assertThat(admin.get(port, "/css/app.css").statusCode()).isEqualTo(200);
            HttpResponse<String> readiness = promptly(() -> new Visitor().get(port, "/actuator/health/readiness"));
            assertThat(readiness.statusCode()).isEqualTo(503);
            assertThat(readiness.body()).contains("DOWN");
            assertThat(new Visitor().get(port, "/actuator/health/liveness").statusCode()).isEqualTo(200);
        } finally {
            database.restore();
        }

        awaitReadiness();
        HttpResponse<String> users = admin.get(port, "/admin/users?q=" + suffix);
        assertThat(users.statusCode()).isEqualTo(200);
        assertThat(users.body()).contains("truoc-" + suffix).doesNotContain("trong-" + suffix);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM user_account WHERE username LIKE ?", Integer.class,
                "%-" + suffix)).isEqualTo(1);
    }

    @Test
    void aConnectionLostWhileAPageOrTheApiRunsAnswersTheOutageNotAServerError() {
        Visitor reviewer = new Visitor();
        reviewer.signIn(port, "tccb", DemoUsers.PASSWORD);

        HttpResponse<String> page = reviewer.get(port, LostConnectionPage.PATH);
        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.body()).contains(OUTAGE_PAGE);

        HttpResponse<String> api = reviewer.get(port, "/api" + LostConnectionPage.PATH, "Accept", "application/json");
        assertThat(api.statusCode()).isEqualTo(503);
        assertThat(api.body()).contains("\"status\":503");
    }

    /**
     * The restart under load: administrators keep reading and creating users while the database goes
     * away and comes back. Every answer is the page (200 or the redirect after a save) or the outage
     * page (503), never a server error; every save that was acknowledged is there afterwards; and the
     * same sessions carry on once the database is back.
     */
    @Test
    void aCutAndRestoreUnderLoadAnswersOnlyPagesOrTheOutageAndLosesNoAcknowledgedSave() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        long unitId = jdbc.queryForObject("SELECT id FROM unit WHERE code = 'H002'", Long.class);
        int workers = 4;
        AtomicBoolean running = new AtomicBoolean(true);
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
        List<Visitor> admins = new ArrayList<>();
        for (int i = 0; i < workers; i++) {
            Visitor admin = new Visitor();
            admin.signIn(port, "admin", DemoUsers.PASSWORD);
            admin.get(port, "/admin/users/new");
            admins.add(admin);
        }
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        List<Future<?>> work = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            Visitor admin = admins.get(w);
            int worker = w;
            work.add(pool.submit(() -> {
                for (int i = 0; running.get(); i++) {
                    String username = "tai-" + suffix + "-" + worker + "-" + i;
                    int saved = statusOf(() -> admin.post(port, "/admin/users", TestAccounts.newUserForm(username, unitId)));
                    statuses.computeIfAbsent(saved, code -> new AtomicInteger()).incrementAndGet();
                    if (saved == 302) {
                        acknowledged.add(username);
                    }
                    int read = statusOf(() -> admin.get(port, "/admin/users/new"));
                    statuses.computeIfAbsent(read, code -> new AtomicInteger()).incrementAndGet();
                }
                return null;
            }));
        }
        try {
            Thread.sleep(1500);
            database.cut();
            try {
                Thread.sleep(3000);
            } finally {
                database.restore();
            }
            awaitReadiness();
            Thread.sleep(1500);
        } finally {
            running.set(false);
            for (Future<?> done : work) {
                done.get(60, TimeUnit.SECONDS);
            }
            pool.shutdown();
        }

        assertThat(statuses.keySet()).as("answers during the cut and restore: %s", statuses)
                .isSubsetOf(200, 302, 503, ABORTED).contains(302, 503);
        // a page already being sent when the connection went can only be cut short: one per worker at most
        assertThat(statuses.getOrDefault(ABORTED, new AtomicInteger()).get()).isLessThanOrEqualTo(workers);
        assertThat(jdbc.queryForList("SELECT username FROM user_account WHERE username LIKE ?", String.class,
                "tai-" + suffix + "-%")).containsAll(acknowledged);
        // after the outage, the same sessions carry on: a save goes through again
        admins.get(0).get(port, "/admin/users/new");
        assertThat(admins.get(0).post(port, "/admin/users", TestAccounts.newUserForm("sau-" + suffix, unitId)).statusCode()).isEqualTo(302);
    }

    /** A response cut short (its headers sent, then the connection closed). */
    private static final int ABORTED = -1;

    private static int statusOf(Supplier<HttpResponse<String>> request) {
        try {
            return request.get().statusCode();
        } catch (java.io.UncheckedIOException cutShort) {
            return ABORTED;
        }
    }

    private static HttpResponse<String> promptly(Supplier<HttpResponse<String>> request) {
        long started = System.nanoTime();
        HttpResponse<String> response = request.get();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(PROMPTLY);
        return response;
    }

    /** The pool reconnects by itself; readiness says when. */
    private void awaitReadiness() {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (new Visitor().get(port, "/actuator/health/readiness").statusCode() != 200) {
            assertThat(System.nanoTime()).as("ready again within 30 s").isLessThan(deadline);
            try {
                Thread.sleep(200);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(interrupted);
            }
        }
    }

    private static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
