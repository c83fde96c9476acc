package vn.bhxh.tracker.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.web.servlet.LocaleResolver;

import tools.jackson.databind.json.JsonMapper;

/**
 * How the API turns a client away: a sign-in the throttle refused gets 429 with {@code Retry-After}
 * and a short problem detail in JSON (no page); anything else HTTP Basic's own 401 and challenge.
 */
class ApiAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private final BasicAuthenticationEntryPoint basic = new BasicAuthenticationEntryPoint();
    private final MessageSource messages;
    private final LocaleResolver locales;
    private final JsonMapper json;

    ApiAuthenticationEntryPoint(MessageSource messages, LocaleResolver locales, JsonMapper json) {
        this.messages = messages;
        this.locales = locales;
        this.json = json;
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
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        java.util.Locale locale = locales.resolveLocale(request);
        problem.put("title", messages.getMessage("error.429.title", null, HttpStatus.TOO_MANY_REQUESTS.getReasonPhrase(), locale));
        problem.put("status", HttpStatus.TOO_MANY_REQUESTS.value());
        problem.put("detail", messages.getMessage("api.signInThrottled", new Object[] {seconds}, locale));
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(json.writeValueAsString(problem));
    }
}
