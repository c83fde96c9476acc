package vn.bhxh.tracker.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Two people acting on the same record at once, where a page did not handle it itself: the 409 page
 * says so in Vietnamese, instead of a server error. Nothing was saved by the losing request.
 */
@ControllerAdvice
class ConflictHandler {

    private static final Logger log = LoggerFactory.getLogger(ConflictHandler.class);

    @ExceptionHandler({ObjectOptimisticLockingFailureException.class, DataIntegrityViolationException.class,
            ConflictException.class})
    @ResponseStatus(HttpStatus.CONFLICT)
    String conflict(RuntimeException conflict) {
        log.info("Refused a conflicting change: {}", conflict.getMessage());
        return "error/409";
    }
}
