package vn.bhxh.tracker.unit.reorganisation;

import java.util.Locale;
import java.util.Optional;

import org.springframework.modulith.NamedInterface;

import vn.bhxh.tracker.unit.UnitLevel;

/**
 * One line of a plan as it was typed or uploaded: spaces around each value removed, codes, kind and
 * level in capitals, an empty text for a value not given. It is kept as it is even when it is wrong;
 * {@link PlanAnalysis} says what is wrong with it, on its line.
 *
 * @param line its place in the plan, from 1 (for an uploaded file: the data row after the header)
 */
@NamedInterface(name = "api", propagate = false)
public record PlanLine(int line, String kind, String oldCode, String newCode, String newName, String newParentCode,
                       String level) {

    /** The columns of a plan's file, in this order, and the names of the line's values. */
    public static final String[] COLUMNS = {"kind", "old_code", "new_code", "new_name", "new_parent_code", "level"};

    public PlanLine {
        kind = upper(kind);
        oldCode = upper(oldCode);
        newCode = upper(newCode);
        newName = newName == null ? "" : newName.strip();
        newParentCode = upper(newParentCode);
        level = upper(level);
    }

    /** A line from a file's or a form's values in the order of {@link #COLUMNS}. */
    static PlanLine of(int line, String[] values) {
        return new PlanLine(line, values[0], values[1], values[2], values[3], values[4], values[5]);
    }

    /** The same values at another place in the plan. */
    PlanLine at(int otherLine) {
        return new PlanLine(otherLine, kind, oldCode, newCode, newName, newParentCode, level);
    }

    /** The values in the order of {@link #COLUMNS}. */
    String[] values() {
        return new String[] {kind, oldCode, newCode, newName, newParentCode, level};
    }

    Optional<ChangeKind> changeKind() {
        return ChangeKind.parse(kind);
    }

    /** The level given, if it is one a reorganisation may give (never the agency's). */
    Optional<UnitLevel> unitLevel() {
        for (UnitLevel candidate : UnitLevel.values()) {
            if (candidate != UnitLevel.AGENCY && candidate.name().equals(level)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Whether every value is empty (a blank row of a file, skipped). */
    boolean isBlank() {
        return String.join("", values()).isEmpty();
    }

    private static String upper(String text) {
        return text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
    }
}
