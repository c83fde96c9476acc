package vn.bhxh.tracker.system;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A form field that no page offers (e.g. a tampered list index such as duties[300]): the binder
 * refuses it outright, and the person sees the Vietnamese 400 page rather than a server error.
 */
@ControllerAdvice
class BadRequestHandler {

    @ExceptionHandler(InvalidPropertyException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String badRequest() {
        return "error/400";
    }
}
