package vn.bhxh.tracker.dashboard;

import java.time.YearMonth;
import java.util.List;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import vn.bhxh.tracker.reporting.ReportingPeriods;

/**
 * The dashboard's figures (a month's, or a year's counted in unit-months) and each province's for
 * the ranking: the {@link UnitMonths unit-months} counted by timeliness and state, one query each.
 */
@Repository
@Transactional(readOnly = true)
@NamedInterface(name = "api", propagate = false)
public class SummaryFigures {

    /**
     * The figures of a range of months for the scope, in one aggregate; a province's months follow its
     * lineage as it stood in the last month (for one month, the same units as the month's own tree).
     */
    static final ScopedSql SUMMARY = ScopedSql.followingLineage(UnitMonths.WITH_UNIT_MONTH + """
            SELECT count(*) AS expected,
                   count(*) FILTER (WHERE x.timeliness = 'ON_TIME') AS on_time,
                   count(*) FILTER (WHERE x.timeliness = 'LATE') AS late,
                   count(*) FILTER (WHERE x.timeliness = 'MISSING') AS missing,
                   count(*) FILTER (WHERE x.timeliness = 'NOT_DUE') AS not_due,
                   count(*) FILTER (WHERE x.state = 'RETURNED') AS returned,
                   count(*) FILTER (WHERE x.state = 'ACCEPTED') AS accepted,
                   count(*) FILTER (WHERE x.state = 'SUBMITTED') AS waiting,
                   coalesce(sum(x.done), 0) AS done, coalesce(sum(x.applicable), 0) AS applicable
            FROM unit_month x
            """);

    /**
     * Each province's figures in the month, its office and district offices together; always national.
     * A district office counts in the province above it that month; the province is named by its
     * office's row, as the month's version names it.
     */
    private static final String PROVINCES = ScopedSql.of(UnitMonths.WITH_UNIT_MONTH + """
            SELECT CASE x.level WHEN 'PROVINCE' THEN x.id ELSE x.parent_id END AS id,
                   max(x.code) FILTER (WHERE x.level = 'PROVINCE') AS code,
                   max(x.name) FILTER (WHERE x.level = 'PROVINCE') AS name,
                   count(*) AS expected,
                   count(*) FILTER (WHERE x.timeliness = 'ON_TIME') AS on_time,
                   count(*) FILTER (WHERE x.timeliness = 'LATE') AS late,
                   count(*) FILTER (WHERE x.timeliness = 'MISSING') AS missing,
                   count(*) FILTER (WHERE x.timeliness = 'NOT_DUE') AS not_due,
                   coalesce(sum(x.done), 0) AS done, coalesce(sum(x.applicable), 0) AS applicable
            FROM unit_month x
            WHERE x.level IN ('PROVINCE', 'DISTRICT')
            GROUP BY 1
            ORDER BY 2
            """).national();

    private final NamedParameterJdbcTemplate jdbc;
    private final UnitMonths unitMonths;
    private final ReportingPeriods periods;

    SummaryFigures(NamedParameterJdbcTemplate jdbc, UnitMonths unitMonths, ReportingPeriods periods) {
        this.jdbc = jdbc;
        this.unitMonths = unitMonths;
        this.periods = periods;
    }

    /** The month's figures for the scope. */
    public MonthSummary summary(YearMonth month, DashboardScope scope) {
        return summary(MonthRange.of(month), scope);
    }

    /** The figures of a range of months, counting each unit once per month it had to report. */
    public MonthSummary summary(MonthRange months, DashboardScope scope) {
        boolean deadlinePassed = periods.deadlinePassed(months.last());
        return jdbc.queryForObject(SUMMARY.in(scope), unitMonths.parameters(months, scope), (rs, row) -> new MonthSummary(
                rs.getInt("expected"), rs.getInt("on_time"), rs.getInt("late"), rs.getInt("missing"),
                rs.getInt("not_due"), rs.getInt("returned"), rs.getInt("accepted"), rs.getInt("waiting"),
                MonthSummary.rate(rs.getLong("done"), rs.getLong("applicable")), deadlinePassed));
    }

    /** Each province's figures for the month, in the order of their codes, for ranking provinces against each other. */
    public List<ProvinceFigures> provinces(YearMonth month) {
        boolean deadlinePassed = periods.deadlinePassed(month);
        return jdbc.query(PROVINCES, unitMonths.parameters(MonthRange.of(month), DashboardScope.NATIONAL),
                (rs, row) -> new ProvinceFigures(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                        rs.getInt("expected"), rs.getInt("on_time"), rs.getInt("late"), rs.getInt("missing"),
                        rs.getInt("not_due"), MonthSummary.rate(rs.getLong("done"), rs.getLong("applicable")),
                        deadlinePassed));
    }
}
