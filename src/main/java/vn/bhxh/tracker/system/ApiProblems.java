package vn.bhxh.tracker.system;

import java.io.IOException;
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
import org.springframework.web.servlet.LocaleResolver;

import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON API's errors, whatever their status, as RFC 9457 problem details
 * ({@code application/problem+json}): {@code type} about:blank, {@code title} from the message
 * bundle in the request's locale ({@code error.<status>.title}, else the status's English phrase),
 * {@code status}, {@code detail} for refused text (which character, where) and {@code instance},
 * the path asked for. Written by {@link ApiExceptionResolver} for what a controller throws, by
 * {@link ApiErrorFilter} for every other error (sign-in, access, unknown paths, filters) and by
 * {@link AddressTextFilter}.
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
    static boolean isApi(String path) {
        return path != null && (path.startsWith("/api/") || path.equals("/v3/api-docs") || path.startsWith("/v3/api-docs/"));
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
        Locale locale = localeResolver.resolveLocale(request);
        HttpStatus known = HttpStatus.resolve(status.value());
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", messages.getMessage("error." + status.value() + ".title", null,
                known == null ? "Error" : known.getReasonPhrase(), locale));
        problem.put("status", status.value());
        if (request.getAttribute(PlainText.REFUSAL_ATTRIBUTE) instanceof PlainText.Fault fault) {
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
