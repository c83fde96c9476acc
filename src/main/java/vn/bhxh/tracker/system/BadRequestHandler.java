package vn.bhxh.tracker.system;

import org.springframework.beans.BeansException;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A form field that no page offers (e.g. a tampered list index such as duties[300]), or a parameter
 * that cannot be read (a word for a number, text with a control character): the person sees the
 * Vietnamese 400 page rather than a server error, with the offending character named when there is one,
 * or the month that could not be read ({@link MonthConverter}) with the form a month takes.
 */
@ControllerAdvice
class BadRequestHandler {

    /** The model attribute holding a month parameter's text that could not be read. */
    static final String MALFORMED_MONTH_ATTRIBUTE = "malformedMonth";

    @ExceptionHandler({InvalidPropertyException.class, TypeMismatchException.class})
    ModelAndView badRequest(BeansException unreadable) {
        ModelAndView page = new ModelAndView("error/400");
        page.setStatus(HttpStatus.BAD_REQUEST);
        PlainText.Fault fault = PlainText.faultOf(unreadable);
        if (fault != null) {
            page.addObject(PlainText.REFUSAL_ATTRIBUTE, fault);
        }
        String month = MonthConverter.malformedMonthOf(unreadable);
        if (month != null) {
            page.addObject(MALFORMED_MONTH_ATTRIBUTE, month);
        }
        return page;
    }
}
