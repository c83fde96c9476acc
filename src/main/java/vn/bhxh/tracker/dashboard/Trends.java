package vn.bhxh.tracker.dashboard;

import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import vn.bhxh.tracker.reporting.ReportingPeriods;

/**
 * The dashboard's twelve-month charts: timeliness and compliance month by month, and each duty's
 * share fully done month by month; one query each over every month of the range. Each month counts on
 * its own tree, and a province's months follow its lineage as it stood in the last month
 * ({@link ScopedSql#followingLineage}): BHXH tỉnh Tuyên Quang's trend seen from 12/2025 counts Hà
 * Giang's office and districts for 01–03/2025, before they merged into it.
 */
@Repository
@Transactional(readOnly = true)
public class Trends {

    /** The {@link UnitMonths unit-months} counted month by month. */
    private static final ScopedSql TREND = ScopedSql.followingLineage(UnitMonths.WITH_UNIT_MONTH + """
            SELECT to_char(x.month, 'YYYY-MM') AS month, x.deadline_date,
                   count(*) AS expected,
                   count(*) FILTER (WHERE x.timeliness = 'ON_TIME') AS on_time,
                   count(*) FILTER (WHERE x.timeliness = 'LATE') AS late,
                   coalesce(sum(x.done), 0) AS done, coalesce(sum(x.applicable), 0) AS applicable
            FROM unit_month x
            GROUP BY x.month, x.deadline_date
            ORDER BY x.month
            """);

    /**
     * Each duty's tally month by month over the submitted reports of the range: the reports grouped
     * by their marks first ({@code m}, {@code reports} of them with the same marks), since they share
     * few, so that the duties are counted over a few rows. Each report counts on its month's tree, as
     * the {@link UnitMonths unit-months} do.
     */
    private static final ScopedSql DUTY_TREND = ScopedSql.followingLineage(DutyMatrix.WITH_NUMBERED_DUTY + """
            SELECT to_char(m.month, 'YYYY-MM') AS month, d.code,
                   coalesce(sum(m.reports) FILTER (WHERE duty_mark_done(substr(m.duty_marks, d.n, 1))), 0) AS done,
                   coalesce(sum(m.reports) FILTER (WHERE duty_mark_applicable(substr(m.duty_marks, d.n, 1))), 0) AS applicable,
                   coalesce(sum(m.reports) FILTER (WHERE duty_mark_answered(substr(m.duty_marks, d.n, 1))), 0) AS reported
            FROM (SELECT p.month, sa.checklist_version_id, sa.duty_marks, count(*) AS reports
                  FROM self_assessment sa
                  JOIN reporting_period p ON p.id = sa.period_id
                  JOIN unit_version u ON u.unit_id = sa.unit_id AND u.level <> 'AGENCY' AND month_span_holds(u.valid_from, u.valid_to, p.month)
                  WHERE sa.state <> 'DRAFT'
                    AND sa.period_id = ANY (ARRAY(SELECT id FROM reporting_period WHERE month BETWEEN :firstMonth AND :lastMonth))
                    {inScope}
                  GROUP BY p.month, sa.checklist_version_id, sa.duty_marks) m
            JOIN numbered_duty d ON d.checklist_version_id = m.checklist_version_id
            GROUP BY m.month, d.code
            """);

    private final NamedParameterJdbcTemplate jdbc;
    private final UnitMonths unitMonths;
    private final ReportingPeriods periods;

    Trends(NamedParameterJdbcTemplate jdbc, UnitMonths unitMonths, ReportingPeriods periods) {
        this.jdbc = jdbc;
        this.unitMonths = unitMonths;
        this.periods = periods;
    }

    /** Timeliness and compliance month by month, for the twelve months up to the given one, oldest first. */
    public List<MonthTrend> trend(YearMonth lastMonth, DashboardScope scope) {
        return jdbc.query(TREND.in(scope), unitMonths.parameters(MonthRange.twelveMonthsTo(lastMonth), scope),
                (rs, row) -> new MonthTrend(YearMonth.parse(rs.getString("month")), rs.getInt("expected"),
                        rs.getInt("on_time"), rs.getInt("late"),
                        rs.getInt("expected") - rs.getInt("on_time") - rs.getInt("late"),
                        MonthSummary.rate(rs.getLong("done"), rs.getLong("applicable")),
                        periods.deadlineDayPassed(rs.getObject("deadline_date", LocalDate.class))));
    }

    /**
     * Each duty's share fully done month by month (the months of the {@link #trend}, oldest first), in
     * the submitted reports of the scope. Duties in the order of the given codes; a month in which a
     * duty never applied has a tally of zeros.
     */
    public List<DutyTrend> dutyTrend(List<YearMonth> monthList, DashboardScope scope, List<String> dutyCodes) {
        if (monthList.isEmpty()) {
            return List.of();
        }
        YearMonth last = monthList.get(monthList.size() - 1);
        MapSqlParameterSource parameters = unitMonths.scopeParameters(scope, last)
                .addValue("firstMonth", monthList.get(0).atDay(1))
                .addValue("lastMonth", last.atDay(1));
        Map<String, Map<YearMonth, DutyTally>> byDuty = new HashMap<>();
        jdbc.query(DUTY_TREND.in(scope), parameters, (ResultSet rs) -> {
            byDuty.computeIfAbsent(rs.getString("code"), code -> new HashMap<>())
                    .put(YearMonth.parse(rs.getString("month")), DutyTally.of(rs));
        });
        return dutyCodes.stream().map(code -> {
            Map<YearMonth, DutyTally> tallies = byDuty.getOrDefault(code, Map.of());
            return new DutyTrend(code, monthList.stream()
                    .map(m -> new DutyMonth(m, tallies.getOrDefault(m, new DutyTally(0, 0, 0)))).toList());
        }).toList();
    }
}
