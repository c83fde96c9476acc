package vn.bhxh.tracker.review;

import java.time.YearMonth;

import vn.bhxh.tracker.reporting.SelfAssessmentState;
import vn.bhxh.tracker.unit.UnitLevel;

/**
 * The review queue's filters as asked for. Months: the month now due when the address names none
 * ({@link #ofMonthNowDue}, the menu's link), every month when it names an empty one (the select's
 * "every month"), else the month named ({@code month}). State: as the select sends it, submitted
 * reports when none ({@link #shownState}). Level and province (an office with its districts): none
 * for any. The page: from 0.
 */
record QueueFilter(YearMonth month, boolean everyMonth, String state, UnitLevel level, Long province, int page) {

    /** The address names no month: the month now due. */
    static QueueFilter ofMonthNowDue(String state, UnitLevel level, Long province, int page) {
        return new QueueFilter(null, false, state, level, province, page);
    }

    /** The address names a month: that one, or every month for an empty one ({@code null}). */
    static QueueFilter ofMonth(YearMonth monthOrNull, String state, UnitLevel level, Long province, int page) {
        return new QueueFilter(monthOrNull, monthOrNull == null, state, level, province, page);
    }

    /** The state shown: submitted reports by default; null, every state, for "ANY" or a word that names none. */
    SelfAssessmentState shownState() {
        if (state == null || state.isBlank()) {
            return SelfAssessmentState.SUBMITTED;
        }
        try {
            return SelfAssessmentState.valueOf(state);
        } catch (IllegalArgumentException anyOrUnknown) {
            return null;
        }
    }
}
