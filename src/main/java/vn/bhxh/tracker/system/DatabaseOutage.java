package vn.bhxh.tracker.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.View;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;


/**
 * PostgreSQL cannot be reached: every request answers at once (within Hikari's connection timeout)
 * with HTTP 503, the "tạm gián đoạn" page for people or a problem detail in JSON for the API, and
 * service resumes by itself when the database is back. Nothing half-done is kept: each write is one
 * transaction, which PostgreSQL never committed.
 *
 * <p>Answering needs neither the database nor the session (which lives in the database too): the
 * page is rendered from its template with the locale from the language cookie.
 */
@Component
class DatabaseOutage {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutage.class);

    static final String VIEW = "error/503";
    /** Seconds a client is asked to wait before trying again. */
    static final String RETRY_AFTER = "30";

    private final ThymeleafViewResolver views;
    private final LocaleResolver localeResolver;
    private final ApiProblems problems;

    DatabaseOutage(ThymeleafViewResolver views, LocaleResolver localeResolver, ApiProblems problems) {
        this.views = views;
        this.localeResolver = localeResolver;
        this.problems = problems;
    }

    /** Hikari's answer, without an SQL state, on a connection it has already dropped as broken. */
    private static final String CLOSED_BY_POOL = "Connection is closed";

    /**
     * Whether the failure comes from the database being unreachable: no connection to be had (pool
     * timeout, refused or broken connection: SQL state class 08) or the server shutting down (57P0x).
     * A transaction whose connection broke also fails to roll back, on the connection the pool has
     * just closed, and that failure replaces the first one: it counts too. Anything else, a
     * constraint or a bug, is not an outage.
     */
    static boolean isCauseOf(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (cause instanceof CannotCreateTransactionException || cause instanceof DataAccessResourceFailureException
                    || cause instanceof SQLTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && (sql.getSQLState() == null
                    ? CLOSED_BY_POOL.equals(sql.getMessage())
                    : sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
                return true;
            }
        }
        return false;
    }

    /** Present while a request runs (see {@link DatabaseOutageFilter}): what it learnt of the database. */
    private static final ThreadLocal<RequestState> REQUEST = new ThreadLocal<>();

    private static final class RequestState {
        boolean found;
        boolean answered;
    }

    static void startRequest() {
        REQUEST.set(new RequestState());
    }

    static void endRequest() {
        REQUEST.remove();
    }

    /** Remembers, for the rest of the current request, that the database is unreachable. */
    static void found() {
        RequestState state = REQUEST.get();
        if (state != null) {
            state.found = true;
        }
    }

    /**
     * Whether the current request already found the database unreachable: it need not wait for the
     * pool's connection timeout again. Never outside a request (a scheduled job always tries).
     */
    static boolean alreadyFound() {
        RequestState state = REQUEST.get();
        return state != null && state.found;
    }

    /**
     * Writes the 503 answer: JSON problem details under {@code /api/}, the page everywhere else. The
     * log says so once per request, with what failed (the response may be written again, when the
     * session could not be saved after the first answer).
     */
    void answer(HttpServletRequest request, HttpServletResponse response, Exception failure) throws IOException {
        RequestState state = REQUEST.get();
        if (state == null || !state.answered) {
            log.warn("Database unavailable, answered 503 to {} {}: {}", request.getMethod(), ApiProblems.pathOf(request), failure.toString());
        }
        if (state != null) {
            state.found = true;
            state.answered = true;
        }
        Locale locale = localeResolver.resolveLocale(request);
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader("Retry-After", RETRY_AFTER);
        response.setHeader("Cache-Control", "no-store");
        if (ApiProblems.isApi(ApiProblems.pathOf(request))) {
            problems.write(request, response, HttpStatus.SERVICE_UNAVAILABLE, null, "error.503.message");
            return;
        }
        response.setContentType(MediaType.TEXT_HTML_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        // outside the DispatcherServlet (a failure in the session filter) the template finds the locale here
        request.setAttribute(DispatcherServlet.LOCALE_RESOLVER_ATTRIBUTE, localeResolver);
        try {
            View page = views.resolveViewName(VIEW, locale);
            page.render(Map.of(), request, response);
        } catch (IOException | RuntimeException renderingFailed) {
            throw renderingFailed;
        } catch (Exception renderingFailed) {
            throw new IllegalStateException("cannot render " + VIEW, renderingFailed);
        }
    }
}
