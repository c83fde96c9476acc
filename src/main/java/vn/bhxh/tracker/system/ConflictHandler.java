package vn.bhxh.tracker.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;

/**
 * Two people acting on the same record at once, where a page did not handle it itself: the 409 page
 * says so in Vietnamese, instead of a server error. Nothing was saved by the losing request. A
 * refusal by the database is a conflict only for a unique key taken meanwhile; data it refuses
 * (e.g. a NUL byte) answers the 400 page, and anything else the server-error page ({@link ErrorStatus}).
 */
@ControllerAdvice
class ConflictHandler {

    private static final Logger log = LoggerFactory.getLogger(ConflictHandler.class);

    @ExceptionHandler({OptimisticLockingFailureException.class, ConflictException.class})
    @ResponseStatus(HttpStatus.CONFLICT)
    String conflict(RuntimeException conflict) {
        log.info("Refused a conflicting change: {}", conflict.getMessage());
        return "error/409";
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ModelAndView refusedByTheDatabase(DataIntegrityViolationException refusal) {
        HttpStatus status = ErrorStatus.ofRefusal(refusal);
        String view = switch (status) {
            case CONFLICT -> {
                log.info("Refused a conflicting change: {}", refusal.getMessage());
                yield "error/409";
            }
            case BAD_REQUEST -> {
                log.warn("The database refused data that the application let through: {}", refusal.getMessage());
                yield "error/400";
            }
            default -> {
                log.error("The database refused a change", refusal);
                yield "error/5xx";
            }
        };
        ModelAndView page = new ModelAndView(view);
        page.setStatus(status);
        return page;
    }
}
