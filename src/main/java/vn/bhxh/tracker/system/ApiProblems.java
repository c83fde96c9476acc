package vn.bhxh.tracker.system;

import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.servlet.LocaleResolver;

import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON API's errors, whatever their status, as RFC 9457 problem details
 * ({@code application/problem+json}): {@code type} about:blank, {@code title} from the message
 * bundle in the request's locale ({@code error.<status>.title}, else the status's English phrase),
 * {@code status}, {@code detail} for refused text (which character, where) or a month that could not
 * be read, and {@code instance},
 * the path asked for. Written by {@link ApiExceptionResolver} for what a controller throws, by
 * {@link ApiErrorFilter} for every other error (sign-in, access, unknown paths, filters), by
 * {@link AddressTextFilter}, by {@link ApiAuthenticationEntryPoint} (429 for a throttled sign-in) and
 * by {@link DatabaseOutage} (503). The API's paths are listed here once, for the security chain too.
 */
@Component
class ApiProblems {

    private final MessageSource messages;
    private final LocaleResolver localeResolver;
    private final JsonMapper json;

    ApiProblems(MessageSource messages, LocaleResolver localeResolver, JsonMapper json) {
        this.messages = messages;
        this.localeResolver = localeResolver;
        this.json = json;
    }

    /** The API and its OpenAPI description: the paths that {@code SecurityConfiguration}'s API chain serves. */
    static final String[] PATHS = {"/api/**", "/v3/api-docs", "/v3/api-docs/**"};

    private static final AntPathMatcher MATCHER = new AntPathMatcher();

    static boolean isApi(String path) {
        return path != null && Arrays.stream(PATHS).anyMatch(pattern -> MATCHER.match(pattern, path));
    }

    /** The path asked for, within the application; on an error dispatch, the original request's. */
    static String pathOf(HttpServletRequest request) {
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = original instanceof String originalUri ? originalUri : request.getRequestURI();
        String context = request.getContextPath();
        return uri != null && !context.isEmpty() && uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }

    void write(HttpServletRequest request, HttpServletResponse response, HttpStatusCode status, HttpHeaders headers)
            throws IOException {
        write(request, response, status, headers, null);
    }

    /** As above, with a {@code detail} worded from the bundle ({@code detailKey} and its arguments). */
    void write(HttpServletRequest request, HttpServletResponse response, HttpStatusCode status, HttpHeaders headers,
               String detailKey, Object... detailArguments) throws IOException {
        Locale locale = localeResolver.resolveLocale(request);
        HttpStatus known = HttpStatus.resolve(status.value());
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", messages.getMessage("error." + status.value() + ".title", null,
                known == null ? "Error" : known.getReasonPhrase(), locale));
        problem.put("status", status.value());
        if (detailKey != null) {
            problem.put("detail", messages.getMessage(detailKey, detailArguments, locale));
        } else if (request.getAttribute(PlainText.REFUSAL_ATTRIBUTE) instanceof PlainText.Fault fault) {
            problem.put("detail", messages.getMessage(fault.messageKey(), fault.messageArguments(), locale));
        }
        problem.put("instance", pathOf(request));
        response.setStatus(status.value());
        if (headers != null) {
            headers.forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        }
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(json.writeValueAsBytes(problem));
        response.flushBuffer();
    }
}
