package vn.bhxh.tracker.system;

import java.beans.PropertyEditorSupport;

import org.springframework.beans.PropertyAccessException;
import org.springframework.modulith.NamedInterface;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * {@link PlainText}'s rule for every text that Spring MVC binds: form fields (nested, in lists and
 * maps), request parameters and path variables. Text is one line unless a controller says otherwise
 * with {@link #allowLineBreaks}. On a form, refused text becomes its field's message and is shown
 * again as typed (a binding failure, so the page answers 400: {@link BindingFailureStatus}); a plain
 * parameter fails to convert and answers 400 ({@link BadRequestHandler}, or a problem detail on the API).
 */
@ControllerAdvice
@NamedInterface(name = "api", propagate = false)
public class PlainTextBinding {

    @InitBinder
    void oneLineUnlessSaidOtherwise(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new PlainTextEditor(false));
        binder.setBindingErrorProcessor(new RefusedTextAsFieldError());
    }

    /**
     * Lets the named fields take several lines (tab, line feed and carriage return). Paths leave out
     * list indexes and map keys: {@code duties.remedy} for every {@code duties[i].remedy},
     * {@code comments} for every {@code comments[id]}.
     */
    public static void allowLineBreaks(WebDataBinder binder, String... fields) {
        for (String field : fields) {
            binder.registerCustomEditor(String.class, field, new PlainTextEditor(true));
        }
    }

    /** One instance per binder: property editors keep state. */
    private static final class PlainTextEditor extends PropertyEditorSupport {

        private final boolean multiLine;

        PlainTextEditor(boolean multiLine) {
            this.multiLine = multiLine;
        }

        @Override
        public void setAsText(String text) {
            if (text != null) {
                PlainText.Fault fault = PlainText.firstFault(text, multiLine);
                if (fault != null) {
                    throw new PlainText.Refused(fault);
                }
            }
            setValue(text);
        }
    }

    /** Refused text gets its own message (which character, where) instead of the binder's "typeMismatch". */
    private static final class RefusedTextAsFieldError extends DefaultBindingErrorProcessor {

        @Override
        public void processPropertyAccessException(PropertyAccessException failure, BindingResult result) {
            PlainText.Fault fault = PlainText.faultOf(failure);
            if (fault == null) {
                super.processPropertyAccessException(failure, result);
                return;
            }
            String field = failure.getPropertyName();
            FieldError error = new FieldError(result.getObjectName(), field, failure.getValue(), true,
                    result.resolveMessageCodes(fault.messageKey(), field), fault.messageArguments(), null);
            error.wrap(failure);
            result.addError(error);
        }
    }
}
