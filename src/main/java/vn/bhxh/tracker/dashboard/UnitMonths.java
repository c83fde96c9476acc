package vn.bhxh.tracker.dashboard;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import vn.bhxh.tracker.system.TrackerProperties;
import vn.bhxh.tracker.unit.UnitDirectory;
import vn.bhxh.tracker.unit.UnitLevel;

/**
 * The units that had to report in each month of a range, with their report's state and timeliness:
 * the rows that the month's summary, the units behind each figure, the province ranking, the trend and
 * the year to date count, defined once as the common table {@code unit_month} that their queries
 * start with, the parameters it needs, and the paging of the unit lists drawn from it.
 */
@Component
class UnitMonths {

    /**
     * {@code WITH unit_month AS (…)}: one row per unit and month of {@code :firstMonth}…{@code :lastMonth}
     * in which the unit had to report (in force that month, the agency itself excepted), with its report
     * if it has one. Columns: {@code month, deadline_date, id, code, name, level, parent_id, parent_code,
     * report_id, state, timeliness, applicable, done}; a draft's duties count as none. Narrowed to a
     * province where the query's {@link ScopedSql} says so, on {@code u}, the unit's version of the month
     * (for a query over several months, following the province's lineage as it stood in {@code :lastMonth}).
     * <p>
     * Each month is counted on its own tree: a unit, its name, its level and the unit above it are those
     * of its version that holds the month ({@code month_span_holds}, V29), so a unit renamed, moved, merged
     * or opened within the range is counted, named and placed as it was in each month. The versions are
     * read as such rather than through {@code unit_tree}, and the codes joined on the unit's key, so that
     * PostgreSQL leaves out what a figure does not use (the trend reads no code); the name of the unit
     * above is not here for the same reason: the few rows a page shows join it ({@link #JOIN_PARENT_NAME}).
     * <p>
     * Timeliness is the SQL functions of V28, {@code deadline_end} (the end of the deadline day in
     * Vietnam's time zone, {@code :zone}) and {@code timeliness} (on time, late, or without a
     * submission not due until {@code :now} passes that end, and missing after), which
     * {@code ReportingPeriod.timeliness} matches in Java (RulesAgreementTest).
     * <p>
     * The range's periods and their reports are found by the periods' ids, computed before the query
     * runs: joined on the months, PostgreSQL scanned every report, and the plan it keeps for a
     * statement after five runs walked the reports unit-month by unit-month. The periods are read
     * apart ({@code OFFSET 0}), so that each deadline's end is computed once per month rather than once
     * per unit. Together these made the twelve-month trend and the year's figures two to three times
     * faster than the same rows joined month by month (see docs/performance.md).
     */
    static final String WITH_UNIT_MONTH = """
            WITH unit_month AS (
                SELECT period.month, period.deadline_date,
                       u.unit_id AS id, unit.code, u.name, u.level, u.parent_id, parent.code AS parent_code,
                       sa.id AS report_id, sa.state,
                       timeliness(sa.first_submitted_at, period.deadline_end, :now) AS timeliness,
                       CASE WHEN sa.state <> 'DRAFT' THEN sa.duties_applicable ELSE 0 END AS applicable,
                       CASE WHEN sa.state <> 'DRAFT' THEN sa.duties_done ELSE 0 END AS done
                FROM (SELECT id, month, deadline_date, deadline_end(deadline_date, :zone) AS deadline_end
                      FROM reporting_period
                      WHERE id = ANY (ARRAY(SELECT id FROM reporting_period WHERE month BETWEEN :firstMonth AND :lastMonth))
                      OFFSET 0) period
                JOIN unit_version u ON u.level <> 'AGENCY' AND month_span_holds(u.valid_from, u.valid_to, period.month)
                LEFT JOIN unit ON unit.id = u.unit_id
                LEFT JOIN unit parent ON parent.id = u.parent_id
                LEFT JOIN self_assessment sa ON sa.unit_id = u.unit_id AND sa.period_id = period.id
                     AND sa.period_id = ANY (ARRAY(SELECT id FROM reporting_period WHERE month BETWEEN :firstMonth AND :lastMonth))
                WHERE true {inScope}
            )
            """;

    /**
     * The name of the unit above a row {@code x} of unit-months ({@code x.parent_id}) in the row's month
     * ({@code x.month}), as {@code parent_name}: joined to the rows a page shows, after its LIMIT.
     */
    static final String JOIN_PARENT_NAME = """
            LEFT JOIN unit_version parent_version ON parent_version.unit_id = x.parent_id
                 AND month_span_holds(parent_version.valid_from, parent_version.valid_to, x.month)
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final TrackerProperties properties;
    private final Clock clock;
    private final UnitDirectory unitDirectory;

    UnitMonths(NamedParameterJdbcTemplate jdbc, TrackerProperties properties, Clock clock, UnitDirectory unitDirectory) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
        this.unitDirectory = unitDirectory;
    }

    /**
     * The parameters of {@link #WITH_UNIT_MONTH} for the range and the scope, timeliness judged now. For
     * one month the lineage is the province alone, without asking: a province's predecessors ended when
     * they merged into it, so in the month seen from the lineage adds no unit, and a month's figures are
     * those of its own tree whatever query counts them.
     */
    MapSqlParameterSource parameters(MonthRange months, DashboardScope scope) {
        MapSqlParameterSource scoped = months.isSingleMonth()
                ? new MapSqlParameterSource().addValue("provinceId", scope.provinceId())
                        .addValue("lineage", scope.isNational() ? null : List.of(scope.provinceId()))
                : scopeParameters(scope, months.last());
        return scoped
                .addValue("firstMonth", months.first().atDay(1))
                .addValue("lastMonth", months.last().atDay(1))
                .addValue("zone", properties.timeZone().getId())
                .addValue("now", Timestamp.from(clock.instant()));
    }

    /**
     * The scope's parameters for figures seen from a month (the last of their months): {@code :provinceId}
     * (null for the country) and, for a province, {@code :lineage}, its lineage as it stood in that month
     * ({@link UnitDirectory#lineageOf(Long, YearMonth)}, in the order of the ids), which
     * {@link ScopedSql#IN_LINEAGE} reads.
     */
    MapSqlParameterSource scopeParameters(DashboardScope scope, YearMonth seenFrom) {
        return new MapSqlParameterSource()
                .addValue("provinceId", scope.provinceId())
                .addValue("lineage", scope.isNational() ? null
                        : unitDirectory.lineageOf(scope.provinceId(), seenFrom).stream().sorted().toList());
    }

    /**
     * One page of a unit list drawn from {@link #WITH_UNIT_MONTH}: {@code count} counts the whole list
     * and {@code page} reads the page, both given {@code :level} (a level's name, or null for all),
     * {@code :limit} and {@code :offset} besides the range's and the scope's parameters.
     */
    <T> Page<T> page(String count, String page, MonthRange months, DashboardScope scope, UnitLevel level,
                     Pageable pageable, RowMapper<T> rowMapper) {
        MapSqlParameterSource parameters = parameters(months, scope)
                .addValue("level", level == null ? null : level.name())
                .addValue("limit", pageable.getPageSize())
                .addValue("offset", pageable.getOffset());
        Long total = jdbc.queryForObject(count, parameters, Long.class);
        return new PageImpl<>(jdbc.query(page, parameters, rowMapper), pageable, total == null ? 0 : total);
    }
}
