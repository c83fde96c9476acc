package vn.bhxh.tracker.system;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Whatever an API request's handler throws answers a problem detail, with the status that
 * {@link ErrorStatus} gives it (an exception of another module's gets its {@code @ResponseStatus} or
 * {@link ErrorResponse} status, so any status works); a month that could not be read
 * ({@link MonthConverter}) is named in its {@code detail}. It runs before every {@code @ControllerAdvice},
 * so that no page's handler answers an API client with HTML.
 */
@Component
class ApiExceptionResolver implements HandlerExceptionResolver, Ordered {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionResolver.class);

    private final ApiProblems problems;

    ApiExceptionResolver(ApiProblems problems) {
        this.problems = problems;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception failure) {
        if (!ApiProblems.isApi(ApiProblems.pathOf(request)) || response.isCommitted()) {
            return null;
        }
        HttpStatusCode status = ErrorStatus.of(failure);
        if (status.is5xxServerError()) {
            log.error("API request {} failed", request.getRequestURI(), failure);
        } else {
            log.debug("API request {} refused with {}", request.getRequestURI(), status, failure);
        }
        PlainText.Fault fault = PlainText.faultOf(failure);
        if (fault != null) {
            request.setAttribute(PlainText.REFUSAL_ATTRIBUTE, fault);
        }
        HttpHeaders headers = failure instanceof ErrorResponse answer ? answer.getHeaders() : null;
        String month = MonthConverter.malformedMonthOf(failure);
        try {
            if (month != null) {
                problems.write(request, response, status, headers, MonthConverter.MALFORMED, month);
            } else {
                problems.write(request, response, status, headers);
            }
        } catch (IOException clientGone) {
            log.debug("Could not write the problem detail of {}", request.getRequestURI(), clientGone);
        }
        return new ModelAndView();
    }

    /** After Spring Boot's error attributes (which only record), before the MVC resolvers and their advice. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }
}
