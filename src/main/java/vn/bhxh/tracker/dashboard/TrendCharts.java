package vn.bhxh.tracker.dashboard;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import vn.bhxh.tracker.system.Percent;

/**
 * The dashboard's twelve-month charts as bars ({@link BarChart}); the geometry matches the
 * {@code viewBox} of {@code dashboard/_trend.html}: 480 × 170 for the two large charts (a percent a
 * unit high, baseline at 130), 240 × 84 for each duty's (half a unit a percent, baseline at 62).
 */
@Component
class TrendCharts {

    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MM/yyyy");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM");

    private final Percent percent;
    private final MessageSource messages;

    TrendCharts(Percent percent, MessageSource messages) {
        this.percent = percent;
        this.messages = messages;
    }

    /**
     * The two large charts: units that submitted on time (a month not yet due shows the share submitted
     * so far, pale), then duties fully done among those that applied. A month in which the province's
     * lineage changed ({@link LineageMarks}) has {@value #MARK} after its month and the change in its title.
     */
    List<BarChart> months(List<MonthTrend> trend, List<LineageMarks.LineageMark> marks) {
        return List.of(large(trend, marks, true), large(trend, marks, false));
    }

    /** One small chart per duty, in the duties' order, months marked as in {@link #months}. */
    List<BarChart> duties(List<DutyTrend> dutyTrend, List<LineageMarks.LineageMark> marks) {
        return dutyTrend.stream().map(duty -> duty(duty, marks)).toList();
    }

    /** What follows a marked month's label: text, so that the mark is not a colour only. */
    static final String MARK = "*";

    private static String label(YearMonth month, LineageMarks.LineageMark mark) {
        return month.format(MONTH) + (mark == null ? "" : MARK);
    }

    private static String title(String title, LineageMarks.LineageMark mark) {
        return mark == null ? title : title + " — " + mark.text();
    }

    private static String css(String css, LineageMarks.LineageMark mark) {
        return mark == null ? css : css + " bar-lineage";
    }

    private BarChart large(List<MonthTrend> trend, List<LineageMarks.LineageMark> marks, boolean onTime) {
        String soFar = " (" + messages.getMessage("dashboard.soFar.title", null, LocaleContextHolder.getLocale()) + ")";
        List<BarChart.Bar> bars = new ArrayList<>();
        for (int i = 0; i < trend.size(); i++) {
            MonthTrend month = trend.get(i);
            BigDecimal value = onTime ? (month.deadlinePassed() ? month.onTimeRate() : month.submittedRate())
                    : month.complianceRate();
            int height = value == null ? 0 : value.intValue();
            int x = 36 + i * 37;
            LineageMarks.LineageMark mark = LineageMarks.in(marks, month.month());
            String css = (onTime ? "bar-on-time" : "bar-compliance") + (month.deadlinePassed() ? "" : " bar-so-far");
            String title = month.month().format(MONTH_YEAR) + ": " + percent.of(value) + (month.deadlinePassed() ? "" : soFar);
            boolean yearShown = i == 0 || month.month().getMonthValue() == 1;
            bars.add(new BarChart.Bar(x, 130 - height, height, x + 14, css(css, mark), title(title, mark),
                    value == null ? "" : String.valueOf(height), label(month.month(), mark),
                    yearShown ? String.valueOf(month.month().getYear()) : null));
        }
        return new BarChart(onTime ? "onTime" : "compliance", bars, null);
    }

    private BarChart duty(DutyTrend duty, List<LineageMarks.LineageMark> marks) {
        List<BarChart.Bar> bars = new ArrayList<>();
        List<DutyMonth> months = duty.months();
        for (int i = 0; i < months.size(); i++) {
            DutyMonth month = months.get(i);
            BigDecimal value = month.tally().rate();
            int height = value == null ? 0 : value.intValue() / 2;
            int x = 4 + i * 19;
            String title = month.month().format(MONTH_YEAR) + ": " + (value == null ? "—"
                    : percent.of(value) + " (" + month.tally().done() + "/" + month.tally().applicable() + ")");
            LineageMarks.LineageMark mark = LineageMarks.in(marks, month.month());
            bars.add(new BarChart.Bar(x, 62 - height, height, x + 7, css("bar-compliance", mark), title(title, mark), "",
                    label(month.month(), mark), null));
        }
        String latest = months.isEmpty() ? percent.of(null) : percent.of(months.get(months.size() - 1).tally().rate());
        return new BarChart(duty.code(), bars, latest);
    }
}
