package vn.bhxh.tracker.dashboard;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import vn.bhxh.tracker.reporting.AssessmentState;
import vn.bhxh.tracker.reporting.ComplianceStatus;
import vn.bhxh.tracker.reporting.Timeliness;
import vn.bhxh.tracker.system.TrackerProperties;
import vn.bhxh.tracker.unit.UnitLevel;

/**
 * The dashboards' figures, aggregated by PostgreSQL in a few queries whatever the number of units:
 * every unit that had to report in a month (in effect at some time in it, the agency itself
 * excepted), with its report's state and timeliness computed from timestamps against the deadline
 * day in Vietnam's time zone. The scope's province is applied in the SQL itself.
 */
@Repository
@Transactional(readOnly = true)
public class MonthlyFigures {

    /** One row per unit that had to report in the month, with its report's standing. */
    private static final String UNIT_STATUSES = """
            SELECT u.id, u.code, u.name, u.level, u.parent_id, parent.code AS parent_code, parent.name AS parent_name,
                   sa.id AS report_id, sa.state,
                   CASE WHEN sa.first_submitted_at IS NULL THEN
                            CASE WHEN :now < ((period.deadline_date + 1)::timestamp AT TIME ZONE :zone)
                                 THEN 'NOT_DUE' ELSE 'MISSING' END
                        WHEN sa.first_submitted_at < ((period.deadline_date + 1)::timestamp AT TIME ZONE :zone)
                             THEN 'ON_TIME'
                        ELSE 'LATE' END AS timeliness,
                   CASE WHEN sa.state <> 'DRAFT' THEN sa.duties_applicable ELSE 0 END AS applicable,
                   CASE WHEN sa.state <> 'DRAFT' THEN sa.duties_done ELSE 0 END AS done
            FROM reporting_period period
            JOIN unit u ON u.level <> 'AGENCY'
                       AND u.effective_from <= :monthEnd AND (u.effective_to IS NULL OR u.effective_to >= :monthStart)
            LEFT JOIN unit parent ON parent.id = u.parent_id
            LEFT JOIN self_assessment sa ON sa.unit_id = u.id AND sa.period_id = period.id
            WHERE period.month = :monthStart
              AND (CAST(:provinceId AS bigint) IS NULL OR u.id = :provinceId OR u.parent_id = :provinceId)
            """;

    /** The month's figures in one aggregate over the unit statuses. */
    static final String SUMMARY = """
                SELECT count(*) AS expected,
                       count(*) FILTER (WHERE x.timeliness = 'ON_TIME') AS on_time,
                       count(*) FILTER (WHERE x.timeliness = 'LATE') AS late,
                       count(*) FILTER (WHERE x.timeliness = 'MISSING') AS missing,
                       count(*) FILTER (WHERE x.timeliness = 'NOT_DUE') AS not_due,
                       count(*) FILTER (WHERE x.state = 'RETURNED') AS returned,
                       count(*) FILTER (WHERE x.state = 'ACCEPTED') AS accepted,
                       count(*) FILTER (WHERE x.state = 'SUBMITTED') AS waiting,
                       coalesce(sum(x.done), 0) AS done, coalesce(sum(x.applicable), 0) AS applicable
                FROM (""" + UNIT_STATUSES + ") x";

    private final NamedParameterJdbcTemplate jdbc;
    private final TrackerProperties properties;
    private final Clock clock;

    MonthlyFigures(NamedParameterJdbcTemplate jdbc, TrackerProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /** The month's figures for the scope: one aggregate query. */
    public MonthSummary summary(YearMonth month, DashboardScope scope) {
        return jdbc.queryForObject(SUMMARY, parameters(month, scope), (rs, row) -> new MonthSummary(
                rs.getInt("expected"), rs.getInt("on_time"), rs.getInt("late"), rs.getInt("missing"),
                rs.getInt("not_due"), rs.getInt("returned"), rs.getInt("accepted"), rs.getInt("waiting"),
                MonthSummary.rate(rs.getLong("done"), rs.getLong("applicable"))));
    }

    /** One page of the units behind a figure, optionally of one level, in the hierarchy's order. */
    public Page<UnitStatus> units(YearMonth month, DashboardScope scope, UnitFilter filter, UnitLevel level,
                                  Pageable pageable) {
        return units(month, scope, filter, level, UnitOrder.HIERARCHY, pageable);
    }

    /** One page of the units behind a figure, in the given order. */
    public Page<UnitStatus> units(YearMonth month, DashboardScope scope, UnitFilter filter, UnitLevel level,
                                  UnitOrder order, Pageable pageable) {
        MapSqlParameterSource parameters = parameters(month, scope)
                .addValue("level", level == null ? null : level.name())
                .addValue("limit", pageable.getPageSize())
                .addValue("offset", pageable.getOffset());
        String where = " WHERE " + filter.condition + " AND (CAST(:level AS varchar) IS NULL OR x.level = :level)";
        Long total = jdbc.queryForObject("SELECT count(*) FROM (" + UNIT_STATUSES + ") x" + where, parameters, Long.class);
        List<UnitStatus> rows = jdbc.query("SELECT x.* FROM (" + UNIT_STATUSES + ") x" + where
                + " ORDER BY " + order.orderBy + " LIMIT :limit OFFSET :offset", parameters, MonthlyFigures::unitStatus);
        return new PageImpl<>(rows, pageable, total == null ? 0 : total);
    }

    /** Every unit of the scope that had to report, for exports and the API. */
    public List<UnitStatus> allUnits(YearMonth month, DashboardScope scope) {
        return units(month, scope, UnitFilter.EXPECTED, null, Pageable.ofSize(100_000)).getContent();
    }

    /** The duty statuses of submitted reports, by report id, then by duty code, in the directive's order. */
    public Map<Long, Map<String, ComplianceStatus>> dutyStatuses(Collection<Long> reportIds) {
        Map<Long, Map<String, ComplianceStatus>> byReport = new HashMap<>();
        if (reportIds.isEmpty()) {
            return byReport;
        }
        jdbc.query("""
                SELECT dr.self_assessment_id, d.code, dr.status FROM duty_report dr JOIN duty d ON d.id = dr.duty_id
                WHERE dr.self_assessment_id IN (:ids) ORDER BY d.position
                """, new MapSqlParameterSource("ids", reportIds), (ResultSet rs) -> {
                    String status = rs.getString("status");
                    byReport.computeIfAbsent(rs.getLong("self_assessment_id"), id -> new LinkedHashMap<>())
                            .put(rs.getString("code"), status == null ? null : ComplianceStatus.valueOf(status));
                });
        return byReport;
    }

    /** The duty codes of the checklist version in force in the month, in order, for matrix headings. */
    public List<String> dutyCodes(YearMonth month) {
        return jdbc.queryForList("""
                SELECT d.code FROM duty d JOIN checklist_version v ON v.id = d.checklist_version_id
                WHERE v.id = (SELECT id FROM checklist_version WHERE effective_from <= :month
                              AND (effective_to IS NULL OR effective_to >= :month) ORDER BY effective_from DESC LIMIT 1)
                ORDER BY d.position
                """, new MapSqlParameterSource("month", month.atDay(1)), String.class);
    }

    /**
     * Each province's figures for the month (its office and district offices together), for ranking
     * provinces against each other; one query.
     */
    public List<ProvinceFigures> provinces(YearMonth month) {
        return jdbc.query("""
                SELECT province.id, province.code, province.name, count(*) AS expected,
                       count(*) FILTER (WHERE x.timeliness = 'ON_TIME') AS on_time,
                       count(*) FILTER (WHERE x.timeliness = 'LATE') AS late,
                       count(*) FILTER (WHERE x.timeliness = 'MISSING') AS missing,
                       coalesce(sum(x.done), 0) AS done, coalesce(sum(x.applicable), 0) AS applicable
                FROM (""" + UNIT_STATUSES + """
                ) x JOIN unit province ON province.id = CASE x.level WHEN 'PROVINCE' THEN x.id ELSE x.parent_id END
                WHERE x.level IN ('PROVINCE', 'DISTRICT')
                GROUP BY province.id ORDER BY province.code
                """, parameters(month, DashboardScope.NATIONAL), (rs, row) -> new ProvinceFigures(rs.getLong("id"),
                rs.getString("code"), rs.getString("name"), rs.getInt("expected"), rs.getInt("on_time"), rs.getInt("late"),
                rs.getInt("missing"), MonthSummary.rate(rs.getLong("done"), rs.getLong("applicable"))));
    }

    /** One province's figures in a month. */
    public record ProvinceFigures(Long provinceId, String code, String name, int expected, int onTime, int late,
                                  int missing, BigDecimal complianceRate) {

        /** Share of the province's units that submitted on time, 0–100. */
        public BigDecimal onTimeRate() {
            return MonthSummary.rate(onTime, expected);
        }
    }

    /**
     * Timeliness and compliance month by month, for the twelve months up to the given one: one query
     * over every period in the range.
     */
    public List<MonthTrend> trend(YearMonth lastMonth, DashboardScope scope) {
        return jdbc.query("""
                SELECT to_char(x.month, 'YYYY-MM') AS month, count(*) AS expected,
                       count(*) FILTER (WHERE x.timeliness = 'ON_TIME') AS on_time,
                       count(*) FILTER (WHERE x.timeliness = 'LATE') AS late,
                       count(*) FILTER (WHERE x.timeliness IN ('MISSING', 'NOT_DUE')) AS not_submitted,
                       coalesce(sum(x.done), 0) AS done, coalesce(sum(x.applicable), 0) AS applicable
                FROM (
                    SELECT period.month, u.id,
                           CASE WHEN sa.first_submitted_at IS NULL THEN 'MISSING'
                                WHEN sa.first_submitted_at < ((period.deadline_date + 1)::timestamp AT TIME ZONE :zone)
                                     THEN 'ON_TIME'
                                ELSE 'LATE' END AS timeliness,
                           CASE WHEN sa.state <> 'DRAFT' THEN sa.duties_applicable ELSE 0 END AS applicable,
                           CASE WHEN sa.state <> 'DRAFT' THEN sa.duties_done ELSE 0 END AS done
                    FROM reporting_period period
                    JOIN unit u ON u.level <> 'AGENCY' AND u.effective_from <= (period.month + interval '1 month' - interval '1 day')
                               AND (u.effective_to IS NULL OR u.effective_to >= period.month)
                    LEFT JOIN self_assessment sa ON sa.unit_id = u.id AND sa.period_id = period.id
                    WHERE period.month > :from AND period.month <= :to
                      AND (CAST(:provinceId AS bigint) IS NULL OR u.id = :provinceId OR u.parent_id = :provinceId)
                ) x
                GROUP BY x.month ORDER BY x.month
                """, new MapSqlParameterSource()
                        .addValue("from", lastMonth.minusMonths(12).atDay(1))
                        .addValue("to", lastMonth.atDay(1))
                        .addValue("provinceId", scope.provinceId())
                        .addValue("zone", properties.timeZone().getId()),
                (rs, row) -> new MonthTrend(YearMonth.parse(rs.getString("month")), rs.getInt("expected"),
                        rs.getInt("on_time"), rs.getInt("late"), rs.getInt("not_submitted"),
                        MonthSummary.rate(rs.getLong("done"), rs.getLong("applicable"))));
    }

    /** One month of the trend. */
    public record MonthTrend(YearMonth month, int expected, int onTime, int late, int notSubmitted,
                             BigDecimal complianceRate) {

        public BigDecimal onTimeRate() {
            return MonthSummary.rate(onTime, expected);
        }

        public BigDecimal lateRate() {
            return MonthSummary.rate(late, expected);
        }
    }

    /**
     * Units whose share of duties fully done fell three months running, up to the given month: each of
     * the last four months submitted, each lower than the one before.
     */
    public List<Worsening> worsenedThreeMonthsRunning(YearMonth month, DashboardScope scope) {
        return jdbc.query("""
                SELECT u.id, u.code, u.name, array_agg(r.rate ORDER BY r.month) AS rates
                FROM (
                    SELECT sa.unit_id, p.month,
                           round(100.0 * sa.duties_done / nullif(sa.duties_applicable, 0), 1) AS rate
                    FROM self_assessment sa JOIN reporting_period p ON p.id = sa.period_id
                    WHERE sa.state <> 'DRAFT' AND p.month > :from AND p.month <= :to
                ) r JOIN unit u ON u.id = r.unit_id
                WHERE (CAST(:provinceId AS bigint) IS NULL OR u.id = :provinceId OR u.parent_id = :provinceId)
                GROUP BY u.id
                HAVING count(r.rate) = 4
                   AND (array_agg(r.rate ORDER BY r.month))[2] < (array_agg(r.rate ORDER BY r.month))[1]
                   AND (array_agg(r.rate ORDER BY r.month))[3] < (array_agg(r.rate ORDER BY r.month))[2]
                   AND (array_agg(r.rate ORDER BY r.month))[4] < (array_agg(r.rate ORDER BY r.month))[3]
                ORDER BY u.code
                """, new MapSqlParameterSource()
                        .addValue("from", month.minusMonths(4).atDay(1))
                        .addValue("to", month.atDay(1))
                        .addValue("provinceId", scope.provinceId()),
                (rs, row) -> new Worsening(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                        List.of((BigDecimal[]) rs.getArray("rates").getArray())));
    }

    /** A unit whose share of duties fully done fell month after month; rates oldest first. */
    public record Worsening(Long unitId, String code, String name, List<BigDecimal> rates) {
    }

    /** Units whose reports were returned most often in the twelve months up to this one. */
    public List<ReturnCount> mostReturned(YearMonth month, DashboardScope scope, int limit) {
        return jdbc.query("""
                SELECT u.id, u.code, u.name, count(*) AS returns
                FROM review_decision d JOIN submission s ON s.id = d.submission_id
                JOIN self_assessment sa ON sa.id = s.self_assessment_id
                JOIN reporting_period p ON p.id = sa.period_id
                JOIN unit u ON u.id = sa.unit_id
                WHERE d.outcome = 'RETURN' AND p.month > :from AND p.month <= :to
                  AND (CAST(:provinceId AS bigint) IS NULL OR u.id = :provinceId OR u.parent_id = :provinceId)
                GROUP BY u.id ORDER BY returns DESC, u.code LIMIT :limit
                """, new MapSqlParameterSource()
                        .addValue("from", month.minusMonths(12).atDay(1))
                        .addValue("to", month.atDay(1))
                        .addValue("provinceId", scope.provinceId())
                        .addValue("limit", limit),
                (rs, row) -> new ReturnCount(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getInt("returns")));
    }

    /** How often one unit's reports were returned. */
    public record ReturnCount(Long unitId, String code, String name, int returns) {
    }

    MapSqlParameterSource parameters(YearMonth month, DashboardScope scope) {
        return new MapSqlParameterSource()
                .addValue("monthStart", month.atDay(1))
                .addValue("monthEnd", month.atEndOfMonth())
                .addValue("provinceId", scope.provinceId())
                .addValue("zone", properties.timeZone().getId())
                .addValue("now", Timestamp.from(clock.instant()));
    }

    private static UnitStatus unitStatus(ResultSet rs, int row) throws SQLException {
        String state = rs.getString("state");
        Long reportId = rs.getObject("report_id", Long.class);
        return new UnitStatus(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                UnitLevel.valueOf(rs.getString("level")), rs.getString("parent_code"), rs.getString("parent_name"),
                reportId, state == null ? null : AssessmentState.valueOf(state),
                Timeliness.valueOf(rs.getString("timeliness")), rs.getInt("applicable"), rs.getInt("done"));
    }
}
