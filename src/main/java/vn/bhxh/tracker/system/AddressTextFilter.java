package vn.bhxh.tracker.system;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriUtils;

/**
 * {@link PlainText}'s rule, one line, for every request's address: its path and each name and value
 * of its query string (searches, filters, months), bound or not. A request that breaks it answers
 * 400 before anything else runs: the Vietnamese 400 page naming the character, or on the API a
 * problem detail. Form bodies are left to {@link PlainTextBinding}, which keeps what was typed.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class AddressTextFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(AddressTextFilter.class);

    private final ApiProblems problems;

    AddressTextFilter(ApiProblems problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        PlainText.Fault fault = faultIn(request.getRequestURI(), request.getQueryString());
        if (fault == null) {
            chain.doFilter(request, response);
            return;
        }
        log.info("Refused a request whose address holds {} at {}", fault.code(), fault.position());
        request.setAttribute(PlainText.REFUSAL_ATTRIBUTE, fault);
        if (ApiProblems.isApi(ApiProblems.pathOf(request))) {
            problems.write(request, response, HttpStatus.BAD_REQUEST, null);
        } else {
            response.sendError(HttpStatus.BAD_REQUEST.value());
        }
    }

    /** The first character that the decoded path or a query name or value may not hold, or null. */
    static PlainText.Fault faultIn(String encodedPath, String query) {
        PlainText.Fault fault = encodedPath == null ? null : PlainText.firstFault(decode(encodedPath, false), false);
        if (fault != null || query == null) {
            return fault;
        }
        for (String pair : query.split("&")) {
            for (String part : pair.split("=", 2)) {
                fault = PlainText.firstFault(decode(part, true), false);
                if (fault != null) {
                    return fault;
                }
            }
        }
        return null;
    }

    /** Percent-decoded as UTF-8 (in a query, "+" is a space); a malformed escape is left to the container. */
    private static String decode(String encoded, boolean query) {
        try {
            return query ? URLDecoder.decode(encoded, StandardCharsets.UTF_8) : UriUtils.decode(encoded, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return "";
        }
    }
}
