package vn.bhxh.tracker.unit.reorganisation;

import java.util.Arrays;
import java.util.List;

/**
 * An uploaded plan that cannot be read, and why: a message key under {@code reorganisation.file.} (the
 * wrong type, too big, too many lines, no header, not UTF-8, a control character…) with its arguments.
 * Nothing of the file is kept.
 */
class PlanFileRefusedException extends RuntimeException {

    private final String code;
    private final transient List<Object> arguments;

    PlanFileRefusedException(String reason, Object... arguments) {
        super("plan file refused: " + reason);
        this.code = "reorganisation.file." + reason;
        this.arguments = Arrays.asList(arguments);
    }

    String code() {
        return code;
    }

    Object[] arguments() {
        return arguments.toArray();
    }
}
