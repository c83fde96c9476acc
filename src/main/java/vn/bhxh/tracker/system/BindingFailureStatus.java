package vn.bhxh.tracker.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * A form shown again because a value could not be bound (text with a control character, a word
 * where a number goes) answers 400, with the form, what was typed and the field's message. Forms
 * refused by the application's own rules (a required field left empty) keep answering 200.
 */
class BindingFailureStatus implements HandlerInterceptor {

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                           ModelAndView modelAndView) {
        if (modelAndView == null || response.getStatus() != HttpServletResponse.SC_OK
                || (modelAndView.getViewName() != null && modelAndView.getViewName().startsWith("redirect:"))) {
            return;
        }
        boolean bindingFailed = modelAndView.getModel().values().stream()
                .anyMatch(value -> value instanceof BindingResult result
                        && result.getFieldErrors().stream().anyMatch(FieldError::isBindingFailure));
        if (bindingFailed) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
    }
}
