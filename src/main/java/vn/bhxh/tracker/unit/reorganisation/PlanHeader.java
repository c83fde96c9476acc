package vn.bhxh.tracker.unit.reorganisation;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The decision a plan carries out, as far as it is typed: its number (e.g. "391/QĐ-BTC"), the day it was
 * signed and the month it takes effect; each is null until typed.
 */
public record PlanHeader(String decisionNumber, LocalDate decidedOn, YearMonth effectiveMonth) {

    /** The longest decision number (V29's {@code reorganisation.decision_number}). */
    public static final int MAX_DECISION_NUMBER = 100;

    static final PlanHeader EMPTY = new PlanHeader(null, null, null);
}
