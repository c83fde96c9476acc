package vn.bhxh.tracker.dashboard;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
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
import vn.bhxh.tracker.reporting.ReportingPeriod;
import vn.bhxh.tracker.reporting.ReportingPeriods;
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

    /** A unit {@code u} that had to report in {@code period}: in effect at some time in its month, the agency excepted. */
    static final String IN_EFFECT = " u.level <> 'AGENCY' AND u.effective_from < (period.month + interval '1 month')"
            + " AND (u.effective_to IS NULL OR u.effective_to >= period.month)";

    /**
     * The ids of the range's periods as one array computed before the query runs: reports are then
     * read through the period index, where a join on the months led PostgreSQL to scan them all.
     */
    static final String PERIOD_IDS = "ARRAY(SELECT id FROM reporting_period WHERE month BETWEEN :firstMonth AND :lastMonth)";

    /**
     * One row per unit and month of a range in which the unit had to report (it was in effect at some
     * time in that month), with its report's standing. A report is on time when first submitted
     * before the day after the deadline begins in Vietnam's time zone (:zone).
     */
    static final String UNIT_STATUSES = """
            SELECT period.month, u.id, u.code, u.name, u.level, u.parent_id, parent.code AS parent_code, parent.name AS parent_name,
                   sa.id AS report_id, sa.state,
                   CASE WHEN sa.first_submitted_at IS NULL THEN
                            CASE WHEN :now < ((period.deadline_date + 1)::timestamp AT TIME ZONE :zone) THEN 'NOT_DUE' ELSE 'MISSING' END
                        WHEN sa.first_submitted_at < ((period.deadline_date + 1)::timestamp AT TIME ZONE :zone) THEN 'ON_TIME'
                        ELSE 'LATE' END AS timeliness,
                   CASE WHEN sa.state <> 'DRAFT' THEN sa.duties_applicable ELSE 0 END AS applicable,
                   CASE WHEN sa.state <> 'DRAFT' THEN sa.duties_done ELSE 0 END AS done
            FROM reporting_period period
            JOIN unit u ON """ + IN_EFFECT + """
            LEFT JOIN unit parent ON parent.id = u.parent_id
            LEFT JOIN self_assessment sa ON sa.unit_id = u.id AND sa.period_id = period.id
                 AND sa.period_id = ANY (""" + PERIOD_IDS + """
                     )
            WHERE period.month BETWEEN :firstMonth AND :lastMonth
              {inScope}
            """;

    /**
     * Each duty numbered in its checklist version's order, as {@code n}: the n-th letter of a
     * report's {@code duty_marks} is that duty's status.
     */
    static final String NUMBERED_DUTIES = """
            (SELECT id, code, checklist_version_id,
                    CAST(row_number() OVER (PARTITION BY checklist_version_id ORDER BY position) AS int) AS n
             FROM duty)""";

    /**
     * A {@link DutyTally}'s three counts over reports grouped by their marks, {@code m} (columns
     * {@code duty_marks} and {@code reports}, how many reports have them), and numbered duties
     * {@code d}: reports share few distinct marks, so the duties are counted over a few rows.
     */
    static final String DUTY_TALLY = """
            coalesce(sum(m.reports) FILTER (WHERE substr(m.duty_marks, d.n, 1) = 'D'), 0) AS done,
            coalesce(sum(m.reports) FILTER (WHERE substr(m.duty_marks, d.n, 1) IN ('D', 'P', 'N')), 0) AS applicable,
            coalesce(sum(m.reports) FILTER (WHERE substr(m.duty_marks, d.n, 1) IN ('D', 'P', 'N', 'K')), 0) AS reported
            """;

    /**
     * The indicator values of the range's reports as last submitted, one row per report and
     * indicator: a submitted or accepted report's own values (its unit cannot change them, so they are
     * what it submitted); a returned report's from its latest submission's snapshot (keyed there by
     * duty id and indicator name), since what its unit is revising is not submitted yet. Drafts have none.
     */
    static final String SUBMITTED_VALUES = """
            SELECT sa.unit_id, p.month, sa.id AS report_id, iv.indicator_id, iv.value
            FROM self_assessment sa
            JOIN reporting_period p ON p.id = sa.period_id
            JOIN duty_report dr ON dr.self_assessment_id = sa.id
            JOIN indicator_value iv ON iv.duty_report_id = dr.id
            WHERE sa.state IN ('SUBMITTED', 'ACCEPTED') AND sa.period_id = ANY (""" + PERIOD_IDS + """
                  )
            UNION ALL
            SELECT sa.unit_id, p.month, sa.id, i.id, CAST(nullif(frozen.value, '') AS numeric)
            FROM self_assessment sa
            JOIN reporting_period p ON p.id = sa.period_id
            JOIN submission s ON s.self_assessment_id = sa.id
                 AND s.number = (SELECT max(latest.number) FROM submission latest WHERE latest.self_assessment_id = sa.id)
            CROSS JOIN jsonb_array_elements(s.snapshot -> 'duties') duty
            CROSS JOIN jsonb_each_text(duty -> 'indicators') frozen
            JOIN indicator i ON i.duty_id = CAST(duty ->> 'dutyId' AS bigint) AND i.name = frozen.key
            WHERE sa.state = 'RETURNED' AND sa.period_id = ANY (""" + PERIOD_IDS + """
                  )
            """;

    /** The figures counted over a group of unit statuses {@code x}: unit-months when it spans months. */
    static final String COUNTS = """
            count(*) AS expected,
            count(*) FILTER (WHERE x.timeliness = 'ON_TIME') AS on_time,
            count(*) FILTER (WHERE x.timeliness = 'LATE') AS late,
            count(*) FILTER (WHERE x.timeliness = 'MISSING') AS missing,
            count(*) FILTER (WHERE x.timeliness = 'NOT_DUE') AS not_due,
            count(*) FILTER (WHERE x.state = 'RETURNED') AS returned,
            count(*) FILTER (WHERE x.state = 'ACCEPTED') AS accepted,
            count(*) FILTER (WHERE x.state = 'SUBMITTED') AS waiting,
            coalesce(sum(x.done), 0) AS done, coalesce(sum(x.applicable), 0) AS applicable
            """;

    /** The figures of a range of months in one aggregate over the unit statuses (unit-months for a year). */
    static final String SUMMARY = "SELECT " + COUNTS + " FROM (" + UNIT_STATUSES + ") x";

    private final NamedParameterJdbcTemplate jdbc;
    private final TrackerProperties properties;
    private final Clock clock;
    private final ReportingPeriods periods;

    MonthlyFigures(NamedParameterJdbcTemplate jdbc, TrackerProperties properties, Clock clock, ReportingPeriods periods) {
        this.periods = periods;
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /** The month's figures for the scope: one aggregate query. */
    public MonthSummary summary(YearMonth month, DashboardScope scope) {
        return summary(MonthRange.of(month), scope);
    }

    /** The figures of a range of months, counting each unit once per month it had to report. */
    public MonthSummary summary(MonthRange months, DashboardScope scope) {
        boolean deadlinePassed = periods.deadlinePassed(months.last());
        return jdbc.queryForObject(inScope(SUMMARY, scope), parameters(months, scope), (rs, row) -> new MonthSummary(
                rs.getInt("expected"), rs.getInt("on_time"), rs.getInt("late"), rs.getInt("missing"),
                rs.getInt("not_due"), rs.getInt("returned"), rs.getInt("accepted"), rs.getInt("waiting"),
                MonthSummary.rate(rs.getLong("done"), rs.getLong("applicable")), deadlinePassed));
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
        String statuses = inScope(UNIT_STATUSES, scope);
        Long total = jdbc.queryForObject("SELECT count(*) FROM (" + statuses + ") x" + where, parameters, Long.class);
        List<UnitStatus> rows = jdbc.query("SELECT x.* FROM (" + statuses + ") x" + where
                + " ORDER BY " + order.orderBy + " LIMIT :limit OFFSET :offset", parameters, MonthlyFigures::unitStatus);
        return new PageImpl<>(rows, pageable, total == null ? 0 : total);
    }

    /** Every unit of the scope that had to report, for exports and the API. */
    public List<UnitStatus> allUnits(YearMonth month, DashboardScope scope) {
        return units(month, scope, UnitFilter.EXPECTED, null, Pageable.ofSize(100_000)).getContent();
    }

    /**
     * The duty statuses of reports as last submitted, by report id, then by duty code, in the
     * directive's order. They come from the marks kept at each submission, never from the duty reports:
     * a returned report's revision in progress is its unit's until it is submitted again. A report
     * never submitted has none.
     */
    public Map<Long, Map<String, ComplianceStatus>> dutyStatuses(Collection<Long> reportIds) {
        Map<Long, Map<String, ComplianceStatus>> byReport = new HashMap<>();
        if (reportIds.isEmpty()) {
            return byReport;
        }
        jdbc.query("""
                SELECT sa.id, d.code, substr(sa.duty_marks, d.n, 1) AS mark
                FROM self_assessment sa JOIN """ + NUMBERED_DUTIES + """
                  d ON d.checklist_version_id = sa.checklist_version_id
                WHERE sa.id IN (:ids) AND sa.duty_marks IS NOT NULL ORDER BY sa.id, d.n
                """, new MapSqlParameterSource("ids", reportIds), (ResultSet rs) -> {
                    String mark = rs.getString("mark");
                    byReport.computeIfAbsent(rs.getLong("id"), id -> new LinkedHashMap<>())
                            .put(rs.getString("code"), mark == null || mark.isEmpty() ? null : ComplianceStatus.ofMark(mark.charAt(0)));
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
        boolean deadlinePassed = periods.deadlinePassed(month);
        return jdbc.query("""
                SELECT province.id, province.code, province.name, """ + COUNTS + """
                FROM (""" + inScope(UNIT_STATUSES, DashboardScope.NATIONAL) + """
                ) x JOIN unit province ON province.id = CASE x.level WHEN 'PROVINCE' THEN x.id ELSE x.parent_id END
                WHERE x.level IN ('PROVINCE', 'DISTRICT')
                GROUP BY province.id ORDER BY province.code
                """, parameters(month, DashboardScope.NATIONAL), (rs, row) -> new ProvinceFigures(rs.getLong("id"),
                rs.getString("code"), rs.getString("name"), rs.getInt("expected"), rs.getInt("on_time"), rs.getInt("late"),
                rs.getInt("missing"), rs.getInt("not_due"), MonthSummary.rate(rs.getLong("done"), rs.getLong("applicable")),
                deadlinePassed));
    }

    /**
     * One province's figures in a month; before the deadline ({@code deadlinePassed} false) they are
     * "so far": nobody is missing yet, and the province is ranked by its share submitted so far.
     */
    public record ProvinceFigures(Long provinceId, String code, String name, int expected, int onTime, int late,
                                  int missing, int notDue, BigDecimal complianceRate, boolean deadlinePassed) {

        /** Share of the province's units that submitted on time, 0–100; none before the deadline. */
        public BigDecimal onTimeRate() {
            return deadlinePassed ? MonthSummary.rate(onTime, expected) : null;
        }

        /** Share of the province's units that have submitted so far, 0–100. */
        public BigDecimal submittedRate() {
            return MonthSummary.rate(onTime + late, expected);
        }

        /** The rate to rank by timeliness: on time once the deadline has passed, submitted so far before. */
        public BigDecimal timelinessRate() {
            return deadlinePassed ? onTimeRate() : submittedRate();
        }
    }

    /**
     * Timeliness and compliance month by month, for the twelve months up to the given one: one query
     * over every period in the range.
     */
    public List<MonthTrend> trend(YearMonth lastMonth, DashboardScope scope) {
        Instant now = clock.instant();
        // Units expected per month, and the submitted reports' figures per month, counted apart:
        // joining every unit-month to its report cost several times more for twelve months.
        return jdbc.query(inScope("""
                SELECT to_char(e.month, 'YYYY-MM') AS month, e.deadline_date, e.expected,
                       coalesce(s.on_time, 0) AS on_time, coalesce(s.late, 0) AS late,
                       coalesce(s.done, 0) AS done, coalesce(s.applicable, 0) AS applicable
                FROM (SELECT period.id, period.month, period.deadline_date, count(*) AS expected
                      FROM reporting_period period
                      JOIN unit u ON """ + IN_EFFECT + """
                      WHERE period.month BETWEEN :firstMonth AND :lastMonth
                        {inScope}
                      GROUP BY period.id) e
                LEFT JOIN (
                      SELECT sa.period_id,
                             count(*) FILTER (WHERE sa.first_submitted_at < ((period.deadline_date + 1)::timestamp AT TIME ZONE :zone)) AS on_time,
                             count(*) FILTER (WHERE sa.first_submitted_at >= ((period.deadline_date + 1)::timestamp AT TIME ZONE :zone)) AS late,
                             sum(sa.duties_done) FILTER (WHERE sa.state <> 'DRAFT') AS done,
                             sum(sa.duties_applicable) FILTER (WHERE sa.state <> 'DRAFT') AS applicable
                      FROM self_assessment sa
                      JOIN reporting_period period ON period.id = sa.period_id
                      JOIN unit u ON u.id = sa.unit_id AND """ + IN_EFFECT + """
                      WHERE sa.period_id = ANY (""" + PERIOD_IDS + """
                            ) AND sa.first_submitted_at IS NOT NULL
                        {inScope}
                      GROUP BY sa.period_id) s ON s.period_id = e.id
                ORDER BY e.month
                """, scope), parameters(MonthRange.twelveMonthsTo(lastMonth), scope),
                (rs, row) -> new MonthTrend(YearMonth.parse(rs.getString("month")), rs.getInt("expected"),
                        rs.getInt("on_time"), rs.getInt("late"),
                        rs.getInt("expected") - rs.getInt("on_time") - rs.getInt("late"),
                        MonthSummary.rate(rs.getLong("done"), rs.getLong("applicable")),
                        ReportingPeriod.deadlinePassed(rs.getObject("deadline_date", LocalDate.class), now, properties.timeZone())));
    }

    /**
     * Each duty's share fully done month by month (the months of the {@link #trend}, oldest first), in
     * the submitted reports of the scope: one query. Duties in the order of the given codes; a month
     * in which a duty never applied has a tally of zeros.
     */
    public List<DutyTrend> dutyTrend(List<YearMonth> monthList, DashboardScope scope, List<String> dutyCodes) {
        if (monthList.isEmpty()) {
            return List.of();
        }
        MonthRange months = new MonthRange(monthList.get(0), monthList.get(monthList.size() - 1));
        Map<String, Map<YearMonth, DutyTally>> byDuty = new HashMap<>();
        jdbc.query(inScope("""
                SELECT to_char(p.month, 'YYYY-MM') AS month, d.code, """ + DUTY_TALLY + """
                FROM (SELECT sa.period_id, sa.checklist_version_id, sa.duty_marks, count(*) AS reports
                      FROM self_assessment sa JOIN unit u ON u.id = sa.unit_id AND u.level <> 'AGENCY'
                      WHERE sa.state <> 'DRAFT' AND sa.period_id = ANY (""" + PERIOD_IDS + """
                            )
                        {inScope}
                      GROUP BY sa.period_id, sa.checklist_version_id, sa.duty_marks) m
                JOIN reporting_period p ON p.id = m.period_id
                JOIN """ + NUMBERED_DUTIES + """
                  d ON d.checklist_version_id = m.checklist_version_id
                GROUP BY p.month, d.code
                """, scope), parameters(months, scope), (ResultSet rs) -> {
                    byDuty.computeIfAbsent(rs.getString("code"), code -> new HashMap<>())
                            .put(YearMonth.parse(rs.getString("month")),
                                    DutyTally.of(rs));
                });
        return dutyCodes.stream().map(code -> {
            Map<YearMonth, DutyTally> tallies = byDuty.getOrDefault(code, Map.of());
            return new DutyTrend(code, monthList.stream()
                    .map(m -> new DutyMonth(m, tallies.getOrDefault(m, new DutyTally(0, 0, 0)))).toList());
        }).toList();
    }

    /** One duty's months, oldest first. */
    public record DutyTrend(String code, List<DutyMonth> months) {
    }

    /** One duty in one month. */
    public record DutyMonth(YearMonth month, DutyTally tally) {
    }

    /** One month of the trend; until its deadline has passed its figures are "so far". */
    public record MonthTrend(YearMonth month, int expected, int onTime, int late, int notSubmitted,
                             BigDecimal complianceRate, boolean deadlinePassed) {

        /** Share submitted on time; none before the deadline. */
        public BigDecimal onTimeRate() {
            return deadlinePassed ? MonthSummary.rate(onTime, expected) : null;
        }

        /** Share submitted so far, on time or late. */
        public BigDecimal submittedRate() {
            return MonthSummary.rate(onTime + late, expected);
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
        return jdbc.query(inScope("""
                SELECT x.id, x.code, x.name, x.rates FROM (
                    SELECT u.id, u.code, u.name, array_agg(r.rate ORDER BY r.month) AS rates, count(r.rate) AS submitted
                    FROM (
                        SELECT sa.unit_id, p.month,
                               round(100.0 * sa.duties_done / nullif(sa.duties_applicable, 0), 1) AS rate
                        FROM self_assessment sa JOIN reporting_period p ON p.id = sa.period_id
                        WHERE sa.state <> 'DRAFT' AND sa.period_id = ANY (""" + PERIOD_IDS + """
                            )
                    ) r JOIN unit u ON u.id = r.unit_id AND u.level <> 'AGENCY'
                    WHERE true {inScope}
                    GROUP BY u.id
                ) x
                WHERE x.submitted = 4 AND x.rates[2] < x.rates[1] AND x.rates[3] < x.rates[2] AND x.rates[4] < x.rates[3]
                ORDER BY x.code
                """, scope), new MapSqlParameterSource()
                        .addValue("firstMonth", month.minusMonths(3).atDay(1))
                        .addValue("lastMonth", month.atDay(1))
                        .addValue("provinceId", scope.provinceId()),
                (rs, row) -> new Worsening(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                        List.of((BigDecimal[]) rs.getArray("rates").getArray())));
    }

    /** A unit whose share of duties fully done fell month after month; rates oldest first. */
    public record Worsening(Long unitId, String code, String name, List<BigDecimal> rates) {
    }

    /**
     * Units with an indicator that worsened three months running, up to the given month: a value in
     * each of the last four months' submitted reports, each worse than the one before, "worse" being
     * the indicator's own direction ({@code indicator.worse_when}); one row per unit and indicator.
     * It reads indicator values, so it has a page of its own rather than a place on the dashboard.
     */
    public List<IndicatorWorsening> worsenedIndicators(YearMonth month, DashboardScope scope) {
        return jdbc.query(inScope("""
                SELECT x.* FROM (
                SELECT u.id, u.code, u.name, u.level, parent.code AS parent_code, d.code AS duty_code,
                       d.position AS duty_position, i.position AS indicator_position, i.name AS indicator,
                       i.unit_of_measure, i.worse_when, w.vals, w.reports[4] AS last_report_id
                FROM (SELECT sv.unit_id, sv.indicator_id, array_agg(sv.value ORDER BY sv.month) AS vals,
                             array_agg(sv.report_id ORDER BY sv.month) AS reports, count(sv.value) AS months
                      FROM (""" + SUBMITTED_VALUES + """
                      ) sv
                      JOIN indicator wi ON wi.id = sv.indicator_id AND wi.worse_when IS NOT NULL
                      GROUP BY sv.unit_id, sv.indicator_id) w
                JOIN indicator i ON i.id = w.indicator_id
                JOIN duty d ON d.id = i.duty_id
                JOIN unit u ON u.id = w.unit_id AND u.level <> 'AGENCY'
                LEFT JOIN unit parent ON parent.id = u.parent_id
                WHERE w.months = 4
                  AND CASE i.worse_when
                          WHEN 'HIGHER' THEN w.vals[2] > w.vals[1] AND w.vals[3] > w.vals[2] AND w.vals[4] > w.vals[3]
                          ELSE w.vals[2] < w.vals[1] AND w.vals[3] < w.vals[2] AND w.vals[4] < w.vals[3] END
                  {inScope}
                ) x
                ORDER BY
                """ + UnitOrder.HIERARCHY.orderBy + """
                , x.duty_position, x.indicator_position
                """, scope), new MapSqlParameterSource()
                        .addValue("firstMonth", month.minusMonths(3).atDay(1))
                        .addValue("lastMonth", month.atDay(1))
                        .addValue("provinceId", scope.provinceId()),
                (rs, row) -> new IndicatorWorsening(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                        rs.getString("duty_code"), rs.getString("indicator"), rs.getString("unit_of_measure"),
                        "HIGHER".equals(rs.getString("worse_when")),
                        List.of((BigDecimal[]) rs.getArray("vals").getArray()), rs.getLong("last_report_id")));
    }

    /** One unit's indicator that worsened month after month; values oldest first, and the latest report. */
    public record IndicatorWorsening(Long unitId, String code, String name, String dutyCode, String indicator,
                                     String unitOfMeasure, boolean worseWhenHigher, List<BigDecimal> values,
                                     Long lastReportId) {
    }

    /** Units whose reports were returned most often in the twelve months up to this one. */
    public List<ReturnCount> mostReturned(YearMonth month, DashboardScope scope, int limit) {
        return jdbc.query(inScope("""
                SELECT u.id, u.code, u.name, count(*) AS returns
                FROM review_decision d JOIN submission s ON s.id = d.submission_id
                JOIN self_assessment sa ON sa.id = s.self_assessment_id
                JOIN reporting_period p ON p.id = sa.period_id
                JOIN unit u ON u.id = sa.unit_id
                WHERE d.outcome = 'RETURN' AND p.month > :from AND p.month <= :to
                  {inScope}
                GROUP BY u.id ORDER BY returns DESC, u.code LIMIT :limit
                """, scope), new MapSqlParameterSource()
                        .addValue("from", month.minusMonths(12).atDay(1))
                        .addValue("to", month.atDay(1))
                        .addValue("provinceId", scope.provinceId())
                        .addValue("limit", limit),
                (rs, row) -> new ReturnCount(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getInt("returns")));
    }

    /** How often one unit's reports were returned. */
    public record ReturnCount(Long unitId, String code, String name, int returns) {
    }

    /**
     * The query narrowed to the scope's province, or not at all for the whole country: two texts, so
     * that PostgreSQL keeps a plan for each rather than one for "maybe a province", which read every
     * report even for one province.
     */
    static String inScope(String sql, DashboardScope scope) {
        return sql.replace("{inScope}", scope.isNational() ? "" : "AND (u.id = :provinceId OR u.parent_id = :provinceId)");
    }

    MapSqlParameterSource parameters(YearMonth month, DashboardScope scope) {
        return parameters(MonthRange.of(month), scope);
    }

    MapSqlParameterSource parameters(MonthRange months, DashboardScope scope) {
        return new MapSqlParameterSource()
                .addValue("firstMonth", months.first().atDay(1))
                .addValue("lastMonth", months.last().atDay(1))
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
