package vn.bhxh.tracker.unit.reorganisation;

import java.util.Locale;
import java.util.Optional;

import org.springframework.modulith.NamedInterface;

/** What one line of a reorganisation does to a unit (V29's {@code reorganisation_change.kind}). */
@NamedInterface(name = "api", propagate = false)
public enum ChangeKind {
    /** A new unit, under a parent, from the effective month. */
    CREATE,
    /** The unit keeps its code and gets a new name (a new version). */
    RENAME,
    /** The unit keeps its code and goes under another parent, perhaps at another level (a new version). */
    MOVE,
    /** The unit ends and one unit (existing or new) continues it; its people go there. */
    MERGE,
    /** The unit ends and several units continue it, a line each; its people stay to be placed. */
    SPLIT,
    /** The unit ends with no successor; its people stay to be placed. */
    CLOSE,
    /**
     * The unit ended before, without a successor named then, and a unit in force takes over its tasks:
     * a succession is recorded, nothing else changes (no version, no one moves).
     */
    SUCCEED;

    /** Whether the unit the line is about no longer exists from the effective month. */
    public boolean ends() {
        return this == MERGE || this == SPLIT || this == CLOSE;
    }

    /** The kind written as a plan's file or form writes it (any case, spaces around ignored), if it is one. */
    public static Optional<ChangeKind> parse(String text) {
        String name = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        for (ChangeKind kind : values()) {
            if (kind.name().equals(name)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
