package vn.bhxh.tracker.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.StaticMessageSource;

import vn.bhxh.tracker.system.Percent;

/** The dashboard's bars as the page draws them: place, height, labels, in the reader's language. */
class TrendChartsTest {

    private final TrendCharts charts;

    TrendChartsTest() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("dashboard.soFar.title", new Locale("vi"), "Số liệu tạm tính");
        messages.addMessage("dashboard.soFar.title", Locale.ENGLISH, "Provisional figures");
        charts = new TrendCharts(new Percent(), messages);
    }

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    private static MonthTrend month(String month, int expected, int onTime, int late, String compliance, boolean due) {
        return new MonthTrend(YearMonth.parse(month), expected, onTime, late, expected - onTime - late,
                compliance == null ? null : new BigDecimal(compliance), due);
    }

    @Test
    void aBarIsAsHighAsItsWholePercentageAndStandsOnTheBaselineOneStepAfterTheOther() {
        LocaleContextHolder.setLocale(new Locale("vi"));
        List<BarChart> large = charts.months(List.of(
                month("2025-12", 200, 171, 9, "85.5", true),
                month("2026-01", 200, 100, 0, null, true)), List.of());

        BarChart onTime = large.get(0);
        assertThat(onTime.label()).isEqualTo("onTime");
        assertThat(onTime.bars()).extracting(BarChart.Bar::x).containsExactly(36, 73);
        BarChart.Bar december = onTime.bars().get(0);
        // 171 of 200 on time: 85,5% → a bar 85 high, its top 85 above the baseline at 130
        assertThat(december.height()).isEqualTo(85);
        assertThat(december.top()).isEqualTo(45);
        assertThat(december.middle()).isEqualTo(50);
        assertThat(december.value()).isEqualTo("85");
        assertThat(december.title()).isEqualTo("12/2025: 85,5%");
        assertThat(december.css()).isEqualTo("bar-on-time");
        assertThat(december.month()).isEqualTo("12");

        BarChart compliance = large.get(1);
        assertThat(compliance.label()).isEqualTo("compliance");
        BarChart.Bar noRate = compliance.bars().get(1);
        assertThat(noRate.height()).isZero();
        assertThat(noRate.top()).isEqualTo(130);
        assertThat(noRate.value()).isEmpty();
        assertThat(noRate.title()).isEqualTo("01/2026: —");
    }

    @Test
    void theYearIsWrittenUnderTheFirstBarAndUnderEachJanuaryOnly() {
        List<BarChart.Bar> bars = charts.months(List.of(
                month("2025-11", 10, 10, 0, "100.0", true),
                month("2025-12", 10, 10, 0, "100.0", true),
                month("2026-01", 10, 10, 0, "100.0", true),
                month("2026-02", 10, 10, 0, "100.0", true)), List.of()).get(0).bars();

        assertThat(bars).extracting(BarChart.Bar::year).containsExactly("2025", null, "2026", null);
    }

    @Test
    void aMonthNotYetDueShowsTheShareSubmittedSoFarPaleAndSaysSoInTheReadersLanguage() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        BarChart.Bar soFar = charts.months(List.of(month("2026-11", 1000, 4, 0, "100.0", false)), List.of()).get(0).bars().get(0);

        assertThat(soFar.css()).isEqualTo("bar-on-time bar-so-far");
        assertThat(soFar.title()).isEqualTo("11/2026: 0.4% (Provisional figures)");
        assertThat(soFar.height()).isZero();
        assertThat(soFar.value()).isEqualTo("0");
    }

    @Test
    void aDutysSmallChartIsHalfAUnitAPercentCountsWhatItRatesAndShowsTheLatestRate() {
        LocaleContextHolder.setLocale(new Locale("vi"));
        BarChart duty = charts.duties(List.of(new DutyTrend("2đ", List.of(
                new DutyMonth(YearMonth.of(2026, 9), new DutyTally(0, 0, 5)),
                new DutyMonth(YearMonth.of(2026, 10), new DutyTally(3, 4, 5))))), List.of()).get(0);

        assertThat(duty.label()).isEqualTo("2đ");
        assertThat(duty.bars()).extracting(BarChart.Bar::x).containsExactly(4, 23);
        assertThat(duty.bars().get(0).title()).isEqualTo("09/2026: —");
        assertThat(duty.bars().get(0).height()).isZero();
        BarChart.Bar october = duty.bars().get(1);
        assertThat(october.title()).isEqualTo("10/2026: 75,0% (3/4)");
        assertThat(october.height()).isEqualTo(37);
        assertThat(october.top()).isEqualTo(25);
        assertThat(october.middle()).isEqualTo(30);
        assertThat(duty.latest()).isEqualTo("75,0%");
    }

    @Test
    void aMonthInWhichTheProvincesLineageChangedIsMarkedInTextAndTitle() {
        LocaleContextHolder.setLocale(new Locale("vi"));
        List<LineageMarks.LineageMark> marks = List.of(new LineageMarks.LineageMark(YearMonth.of(2025, 4), true,
                "04/2025: theo 391/QĐ-BTC, tiếp nhận BHXH tỉnh Hà Giang (T02)."));
        List<BarChart.Bar> bars = charts.months(List.of(month("2025-03", 20, 10, 0, "50.0", true),
                month("2025-04", 19, 19, 0, "100.0", true)), marks).get(0).bars();
        assertThat(bars.get(0).month()).isEqualTo("03");
        assertThat(bars.get(0).title()).isEqualTo("03/2025: 50,0%");
        assertThat(bars.get(1).month()).isEqualTo("04*");
        assertThat(bars.get(1).title()).isEqualTo("04/2025: 100,0% — 04/2025: theo 391/QĐ-BTC, tiếp nhận BHXH tỉnh Hà Giang (T02).");
        assertThat(bars.get(1).css()).isEqualTo("bar-on-time bar-lineage");
        BarChart.Bar duty = charts.duties(List.of(new DutyTrend("2a", List.of(new DutyMonth(YearMonth.of(2025, 4),
                new DutyTally(1, 1, 1))))), marks).get(0).bars().get(0);
        assertThat(duty.month()).isEqualTo("04*");
        assertThat(duty.title()).endsWith("tiếp nhận BHXH tỉnh Hà Giang (T02).");
    }

    @Test
    void noMonthsDrawNoBars() {
        assertThat(charts.months(List.of(), List.of())).allSatisfy(chart -> assertThat(chart.bars()).isEmpty());
        assertThat(charts.duties(List.of(), List.of())).isEmpty();
    }
}
