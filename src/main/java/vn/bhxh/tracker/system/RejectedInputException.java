package vn.bhxh.tracker.system;

import java.util.Arrays;
import java.util.List;

import org.springframework.modulith.NamedInterface;
import org.springframework.validation.Errors;

/**
 * A service refused what it was given and changed nothing. Each reason names the field it is about
 * (none for the whole form) and a message key with its arguments, so that the controller can show it
 * beside the field of the form as typed ({@link #addTo}). Services collect reasons in {@link Rejections}.
 */
@NamedInterface(name = "api", propagate = false)
public class RejectedInputException extends RuntimeException {

    /** One reason: a field path of the form (or {@code null} for the whole form), a message key, its arguments. */
    public record Reason(String field, String code, List<Object> arguments) {

        public Reason {
            arguments = List.copyOf(arguments);
        }

        public Reason(String field, String code, Object... arguments) {
            this(field, code, Arrays.asList(arguments));
        }
    }

    private final List<Reason> reasons;

    public RejectedInputException(List<Reason> reasons) {
        super("input refused: " + reasons.stream().map(Reason::code).toList());
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("a refusal needs a reason");
        }
        this.reasons = List.copyOf(reasons);
    }

    /** A refusal for one reason about one field. */
    public static RejectedInputException of(String field, String code, Object... arguments) {
        return new RejectedInputException(List.of(new Reason(field, code, arguments)));
    }

    public List<Reason> reasons() {
        return reasons;
    }

    /** Puts the reasons beside the form's fields (or above the form), with those its binding found. */
    public void addTo(Errors errors) {
        for (Reason reason : reasons) {
            Object[] arguments = reason.arguments().isEmpty() ? null : reason.arguments().toArray();
            if (reason.field() == null) {
                errors.reject(reason.code(), arguments, null);
            } else {
                errors.rejectValue(reason.field(), reason.code(), arguments, null);
            }
        }
    }
}
