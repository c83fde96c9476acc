package vn.bhxh.tracker.unit.reorganisation;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Something that keeps a plan from being applied, on its line (0: the plan as a whole, e.g. its month),
 * as a message key under {@code reorganisation.problem.} and its arguments. An argument may itself be a
 * message to resolve (a column's or a level's name), so that every word is in the reader's language.
 */
public record PlanProblem(int line, String code, List<Object> arguments) {

    static final String PREFIX = "reorganisation.problem.";

    public PlanProblem {
        arguments = List.copyOf(arguments);
    }

    static PlanProblem of(int line, String problem, Object... arguments) {
        return new PlanProblem(line, PREFIX + problem, Arrays.asList(arguments));
    }

    /** The arguments as the message source takes them. */
    public Object[] args() {
        return arguments.toArray();
    }

    /** A column of a plan's line, by its file's name, worded in the reader's language. */
    static Object column(String name) {
        return new DefaultMessageSourceResolvable("reorganisation.column." + name);
    }

    /** A unit level, worded in the reader's language. */
    static Object level(Enum<?> level) {
        return new DefaultMessageSourceResolvable("level." + level.name());
    }

    /** A month as the pages write it, MM/yyyy. */
    static String month(YearMonth month) {
        return String.format("%02d/%d", month.getMonthValue(), month.getYear());
    }
}
