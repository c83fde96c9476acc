package vn.bhxh.tracker.unit;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import vn.bhxh.tracker.unit.reorganisation.ReorganisationSource;

/**
 * A unit as its page shows it ({@link UnitLineages#of}): the unit as it stands today (or, for one not in
 * force today, as it last was or will first be), where it stood then ({@code ancestors}, from the top,
 * and {@code children}, in the month {@code shownMonth}), and its lineage: each of its versions oldest
 * first, the units it came from and the units it became, each with the decision behind it.
 *
 * @param unit       the unit as its version of {@code shownMonth} gives it
 * @param standing   whether it is in force today, has ended, or is not yet created
 * @param standingMonth for a unit that has ended, the first month it no longer existed; for one not yet
 *                   created, its first month; null for one in force
 * @param shownMonth the month it is shown as of: today's while in force, else its last month, or its first
 * @param ending     for a unit that has ended, the decision that ended it, if one is recorded
 */
record UnitLineage(UnitRef unit, Standing standing, YearMonth standingMonth, YearMonth shownMonth, List<UnitRef> ancestors,
                   List<UnitRef> children, List<Period> periods, List<Link> predecessors, List<Link> successors,
                   Decision ending) {

    /** Where a unit stands today. */
    enum Standing {
        IN_FORCE, ENDED, NOT_YET
    }

    /** Whether there is no lineage to tell: one version and nothing it came from. */
    public boolean unchanged() {
        return periods.size() == 1 && predecessors.isEmpty();
    }

    /**
     * One version: the months it held ({@code span}), the name, level and parent it gave the unit (the
     * parent as it was in the version's first month; none for the agency), the decision that started it
     * (none for the 2021 baseline), what it changed from the version before ({@code formerName},
     * {@code formerLevel}, {@code formerParent}; null where nothing changed or there was none before), and
     * whether it holds today.
     */
    record Period(MonthSpan span, String name, UnitLevel level, UnitRef parent, Decision decision,
                  String formerName, UnitLevel formerLevel, UnitRef formerParent, boolean current) {

        public YearMonth from() {
            return span.from();
        }

        /** The last month it held; null while it holds. */
        public YearMonth last() {
            return span.last();
        }
    }

    /** A unit this one came from or became ({@code unit}, as it was on its side of the change) from a month, under a decision. */
    record Link(UnitRef unit, YearMonth month, Decision decision) {
    }

    /**
     * A reorganisation's decision as the page names it: its number, the day it was decided, the month it
     * took effect, its note, and where it came from ({@code MIGRATION}, {@code ADMIN}, {@code SAMPLE}).
     */
    record Decision(String number, LocalDate decidedOn, YearMonth effectiveMonth, String note, String source) {

        static Decision of(Reorganisation reorganisation) {
            return new Decision(reorganisation.getDecisionNumber(), reorganisation.getDecidedOn(),
                    reorganisation.getEffectiveMonth(), reorganisation.getNote(), reorganisation.getSource().name());
        }

        /** A sample plan the demo applies, labelled as such. */
        public boolean sample() {
            return ReorganisationSource.SAMPLE.name().equals(source);
        }
    }
}
