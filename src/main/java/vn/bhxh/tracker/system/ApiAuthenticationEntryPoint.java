package vn.bhxh.tracker.system;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;

/**
 * How the API turns a client away: a sign-in the throttle refused gets 429 with {@code Retry-After}
 * and a short problem detail in JSON (no page); anything else HTTP Basic's own 401 and challenge.
 */
class ApiAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private final BasicAuthenticationEntryPoint basic = new BasicAuthenticationEntryPoint();
    private final ApiProblems problems;

    ApiAuthenticationEntryPoint(ApiProblems problems) {
        this.problems = problems;
        basic.setRealmName("Realm");
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException refusal)
            throws IOException {
        if (DatabaseOutage.isCauseOf(refusal)) {
            // the password could not be checked: an outage (503), not a wrong password
            throw refusal;
        }
        if (!(refusal instanceof SignInThrottledException throttled)) {
            basic.commence(request, response, refusal);
            return;
        }
        long seconds = throttled.retryAfterSeconds();
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, headers, "api.signInThrottled", seconds);
    }
}
