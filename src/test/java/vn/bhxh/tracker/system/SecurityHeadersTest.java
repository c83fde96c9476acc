package vn.bhxh.tracker.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.bhxh.tracker.support.ServerTest;
import vn.bhxh.tracker.support.Visitor;

/**
 * The headers a running instance writes, as a browser behind the reverse proxy receives them: with
 * {@code X-Forwarded-Proto: https} (the proxy terminated TLS) and without (plain HTTP).
 */
@ServerTest
class SecurityHeadersTest {

    @LocalServerPort
    int port;

    @Test
    void pagesStaticFilesAndTheApiKeepReferrersHomeAndDenyBrowserFeatures() {
        for (String path : List.of("/login", "/css/app.css", "/api/v1/periods/2026-11/summary")) {
            HttpResponse<String> response = new Visitor().get(port, path);
            assertThat(response.headers().firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
            assertThat(response.headers().firstValue("Permissions-Policy")).as(path).hasValueSatisfying(policy ->
                    assertThat(policy).contains("camera=()", "microphone=()", "geolocation=()", "payment=()"));
        }
    }

    @Test
    void behindTheTlsProxyTheSessionCookieIsSecureAndHstsIsSent() {
        HttpResponse<String> response = new Visitor().get(port, "/login", "X-Forwarded-Proto", "https");

        assertThat(response.headers().firstValue("Strict-Transport-Security"))
                .hasValue("max-age=31536000 ; includeSubDomains");
        assertThat(sessionCookie(response)).contains("; Secure", "; HttpOnly", "; SameSite=Lax");
    }

    @Test
    void overPlainHttpThereIsNoHstsAndTheCookieIsNotMarkedSecure() {
        HttpResponse<String> response = new Visitor().get(port, "/login");

        assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(sessionCookie(response)).contains("; HttpOnly", "; SameSite=Lax").doesNotContain("Secure");
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(cookie -> cookie.startsWith("SESSION="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie in " + response.headers()));
    }
}
