package vn.bhxh.tracker.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** Figures before a deadline are "so far": no on-time rate, no missing card; after it, the final ones. */
class MonthSummaryTest {

    @Test
    void beforeTheDeadlineTheCardsShowUnitsNotYetDueAndTheShareSubmittedSoFar() {
        MonthSummary soFar = new MonthSummary(40, 9, 0, 0, 31, 0, 0, 9, null, false);
        assertThat(soFar.byFigure()).containsKey(UnitFilter.NOT_DUE).doesNotContainKey(UnitFilter.MISSING);
        assertThat(soFar.byFigure().get(UnitFilter.NOT_DUE)).isEqualTo(31);
        assertThat(soFar.onTimeRate()).isNull();
        assertThat(soFar.submitted()).isEqualTo(9);
        assertThat(soFar.submittedRate()).isEqualByComparingTo(new BigDecimal("22.5"));
    }

    @Test
    void afterTheDeadlineTheCardsShowTheMissingUnitsAndTheOnTimeRate() {
        MonthSummary done = new MonthSummary(40, 30, 4, 6, 0, 1, 20, 13, new BigDecimal("80.0"), true);
        assertThat(done.byFigure()).containsKey(UnitFilter.MISSING).doesNotContainKey(UnitFilter.NOT_DUE);
        assertThat(done.onTimeRate()).isEqualByComparingTo(new BigDecimal("75.0"));
        assertThat(done.submittedRate()).isEqualByComparingTo(new BigDecimal("85.0"));
    }

    @Test
    void aYearWhoseLastMonthIsNotDueStillShowsTheEarlierMonthsMissingUnits() {
        MonthSummary year = new MonthSummary(440, 380, 20, 10, 30, 2, 300, 98, new BigDecimal("81.2"), false);
        assertThat(year.byFigure()).containsEntry(UnitFilter.MISSING, 10).containsEntry(UnitFilter.NOT_DUE, 30);
    }
}
