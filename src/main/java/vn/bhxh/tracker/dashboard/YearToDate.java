package vn.bhxh.tracker.dashboard;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * The year so far, from January to the month shown: unit-months expected, submitted on time, late
 * and not submitted, summed from the trend's monthly aggregates (no further query). When the last
 * month's deadline has not passed ({@code lastMonthFinal} false), its units not yet submitted are
 * counted as not submitted so far.
 */
public record YearToDate(int year, int months, int expected, int onTime, int late, int notSubmitted,
                         boolean lastMonthFinal) {

    static YearToDate of(YearMonth month, List<MonthTrend> trend) {
        List<MonthTrend> thisYear = trend.stream()
                .filter(m -> m.month().getYear() == month.getYear() && !m.month().isAfter(month)).toList();
        return new YearToDate(month.getYear(), thisYear.size(),
                thisYear.stream().mapToInt(MonthTrend::expected).sum(),
                thisYear.stream().mapToInt(MonthTrend::onTime).sum(),
                thisYear.stream().mapToInt(MonthTrend::late).sum(),
                thisYear.stream().mapToInt(MonthTrend::notSubmitted).sum(),
                thisYear.isEmpty() || thisYear.get(thisYear.size() - 1).deadlinePassed());
    }

    public BigDecimal onTimeRate() {
        return MonthSummary.rate(onTime, expected);
    }
}
