package vn.bhxh.tracker.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Outside Spring Session's filter, which reads every signed-in request's session from PostgreSQL:
 * when that read (or the session's save at the end) fails because the database is unreachable, the
 * request never reaches a controller, and this filter answers with {@link DatabaseOutage} instead of
 * the container's bare 500 page.
 */
class DatabaseOutageFilter extends OncePerRequestFilter {

    private final DatabaseOutage outage;

    DatabaseOutageFilter(DatabaseOutage outage) {
        this.outage = outage;
    }

    /** The error page of another failure reads the session too, and would fail the same way. */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        DatabaseOutage.startRequest();
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException failure) {
            if (response.isCommitted() || !DatabaseOutage.isCauseOf(failure)) {
                throw failure;
            }
            // drop whatever the failed request had begun (headers of a download, a new session's cookie)
            response.reset();
            SecurityConfiguration.writePageHeaders(response);
            outage.answer(request, response, failure);
        } finally {
            DatabaseOutage.endRequest();
        }
    }
}
