package vn.bhxh.tracker.system;

import java.util.ArrayList;
import java.util.List;

import org.springframework.modulith.NamedInterface;

/**
 * The reasons a service finds, while it checks a form, to refuse it; {@link #throwIfAny()} ends the
 * check with a {@link RejectedInputException} carrying them all, so the user sees every reason at once.
 */
@NamedInterface(name = "api", propagate = false)
public final class Rejections {

    private final List<RejectedInputException.Reason> reasons = new ArrayList<>();

    /** A reason about the whole form. */
    public void reject(String code, Object... arguments) {
        reasons.add(new RejectedInputException.Reason(null, code, arguments));
    }

    /** A reason about one field, by its path in the form (e.g. {@code duties[2].status}). */
    public void rejectValue(String field, String code, Object... arguments) {
        reasons.add(new RejectedInputException.Reason(field, code, arguments));
    }

    /** Whether the field already has a reason, so that it is not refused twice. */
    public boolean isRejected(String field) {
        return reasons.stream().anyMatch(reason -> field.equals(reason.field()));
    }

    public boolean isEmpty() {
        return reasons.isEmpty();
    }

    public void throwIfAny() {
        if (!reasons.isEmpty()) {
            throw new RejectedInputException(reasons);
        }
    }
}
