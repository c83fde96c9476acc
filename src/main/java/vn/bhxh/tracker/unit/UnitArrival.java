package vn.bhxh.tracker.unit;

import java.time.YearMonth;

import org.springframework.modulith.NamedInterface;

/**
 * How a unit that stood elsewhere in a month came under an office later ({@link UnitDirectory#arrivalsUnder}):
 * from the month {@code from}, under the decision numbered {@code decisionNumber} (null where none is
 * recorded), either moved under the office ({@code joined} null) or merged or split into {@code joined},
 * the unit that continued it, as that unit stood in {@code from} (the office itself, or a unit under it).
 */
@NamedInterface(name = "api", propagate = false)
public record UnitArrival(YearMonth from, String decisionNumber, UnitRef joined) {

    /** Whether the unit itself moved under the office (else it was continued by {@link #joined}). */
    public boolean moved() {
        return joined == null;
    }
}
