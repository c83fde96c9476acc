package vn.bhxh.tracker.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import vn.bhxh.tracker.reporting.SelfAssessmentState;

/** Which months and which state the review queue shows for what its address says. */
class QueueFilterTest {

    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

    @Test
    void noMonthInTheAddressIsTheMonthNowDueAndAnEmptyOneEveryMonth() {
        QueueFilter nowDue = QueueFilter.ofMonthNowDue(null, null, null, 0);
        assertThat(nowDue.month()).isNull();
        assertThat(nowDue.everyMonth()).isFalse();

        assertThat(QueueFilter.ofMonth(null, null, null, null, 0).everyMonth()).isTrue();

        QueueFilter november = QueueFilter.ofMonth(NOVEMBER, null, null, null, 0);
        assertThat(november.month()).isEqualTo(NOVEMBER);
        assertThat(november.everyMonth()).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void withoutAStateTheQueueShowsSubmittedReports(String state) {
        assertThat(QueueFilter.ofMonthNowDue(state, null, null, 0).shownState()).isEqualTo(SelfAssessmentState.SUBMITTED);
    }

    @ParameterizedTest
    @CsvSource({"RETURNED, RETURNED", "ACCEPTED, ACCEPTED", "ANY, ", "accepted, ", "khong-co, "})
    void aStateIsShownByItsNameAndAnyOtherWordShowsEveryState(String asked, SelfAssessmentState shown) {
        assertThat(QueueFilter.ofMonth(NOVEMBER, asked, null, null, 0).shownState()).isEqualTo(shown);
    }
}
