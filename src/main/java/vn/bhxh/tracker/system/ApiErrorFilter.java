package vn.bhxh.tracker.system;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An API request whose error goes to the servlet container's error page (HTTP Basic's 401, an
 * unknown path's 404, 405, a filter's failure, any status another part sends) answers a problem
 * detail instead of the HTML error page: this filter takes the error dispatch before Spring Boot's
 * error controller, keeping the status and the headers set before it (e.g. WWW-Authenticate, Allow).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ApiErrorFilter extends OncePerRequestFilter {

    private final ApiProblems problems;

    ApiErrorFilter(ApiProblems problems) {
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getDispatcherType() != DispatcherType.ERROR || !ApiProblems.isApi(ApiProblems.pathOf(request));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException {
        answer(request, response);
    }

    private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        problems.write(request, response, HttpStatusCode.valueOf(code instanceof Integer status ? status : 500), null);
    }
}
