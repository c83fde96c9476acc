package vn.bhxh.tracker.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.bhxh.tracker.reporting.ReportingPeriodRef;
import vn.bhxh.tracker.unit.UnitLevel;
import vn.bhxh.tracker.unit.UnitRef;

/** The dashboard's selects' options come ready: the value a link or form sends, the label shown, the one chosen. */
class ChoiceTest {

    @Test
    void monthsAreOfferedNewestFirstAsTheyAreWrittenTheShownOneChosen() {
        List<ReportingPeriodRef> recent = List.of(period(YearMonth.of(2026, 1)), period(YearMonth.of(2025, 12)));
        assertThat(Choice.months(recent, YearMonth.of(2025, 12))).containsExactly(
                new Choice("2026-01", "01/2026", false), new Choice("2025-12", "12/2025", true));
        // a month shown that is not among them (older than two years) leaves none chosen
        assertThat(Choice.months(recent, YearMonth.of(2021, 9))).noneMatch(Choice::selected);
        assertThat(Choice.months(List.of(), YearMonth.of(2021, 9))).isEmpty();
    }

    @Test
    void provincesAreOfferedByIdTheScopesOneChosenNoneForTheWholeCountry() {
        List<UnitRef> provinces = List.of(new UnitRef(1L, "T01", "BHXH thành phố Hà Nội", UnitLevel.PROVINCE),
                new UnitRef(2L, "T02", "BHXH tỉnh <Hà Giang> & \"cộng sự\"", UnitLevel.PROVINCE));
        assertThat(Choice.provinces(provinces, 2L)).containsExactly(
                new Choice("1", "BHXH thành phố Hà Nội", false),
                new Choice("2", "BHXH tỉnh <Hà Giang> & \"cộng sự\"", true));
        assertThat(Choice.provinces(provinces, null)).noneMatch(Choice::selected);
        assertThat(Choice.provinces(provinces, 99L)).noneMatch(Choice::selected);
    }

    private static ReportingPeriodRef period(YearMonth month) {
        return new ReportingPeriodRef(1L, month, month.plusMonths(1).atDay(5), Instant.EPOCH,
                month.plusMonths(1).atDay(1), false, true);
    }
}
