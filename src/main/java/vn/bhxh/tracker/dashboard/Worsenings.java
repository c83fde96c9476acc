package vn.bhxh.tracker.dashboard;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Units that worsened three months running, up to a month: their share of duties fully done, or one
 * of their indicators, worse in each of the last four months' submitted reports than in the one before.
 * The units are those of the last month's tree, named, placed and scoped as it gives them (a unit that
 * submitted in each of the four months is in force in the last).
 */
@Repository
@Transactional(readOnly = true)
public class Worsenings {

    /** Each unit's share of duties fully done in the four months' submitted reports, oldest first, kept when it fell each month. */
    private static final ScopedSql WORSENED = ScopedSql.of("""
            SELECT x.id, x.code, x.name, x.rates
            FROM (SELECT u.unit_id AS id, u.code, u.name, array_agg(r.rate ORDER BY r.month) AS rates, count(r.rate) AS submitted
                  FROM (SELECT sa.unit_id, p.month,
                               round(100.0 * sa.duties_done / nullif(sa.duties_applicable, 0), 1) AS rate
                        FROM self_assessment sa JOIN reporting_period p ON p.id = sa.period_id
                        WHERE sa.state <> 'DRAFT'
                          AND sa.period_id = ANY (ARRAY(SELECT id FROM reporting_period WHERE month BETWEEN :firstMonth AND :lastMonth))
                       ) r
                  JOIN unit_tree(:lastMonth) u ON u.unit_id = r.unit_id AND u.level <> 'AGENCY'
                  WHERE true {inScope}
                  GROUP BY u.unit_id, u.code, u.name) x
            WHERE x.submitted = 4 AND x.rates[2] < x.rates[1] AND x.rates[3] < x.rates[2] AND x.rates[4] < x.rates[3]
            ORDER BY x.code
            """);

    /**
     * Each unit's indicators in the four months, oldest first, kept when each value is worse than the
     * one before in the indicator's own direction ({@code indicator.worse_when}). The values are those
     * of the reports as last submitted ({@code submitted_value}, one row per report and indicator): a
     * submitted or accepted report's own values (its unit cannot change them, so they are what it
     * submitted); a returned report's from its latest submission's snapshot (keyed there by duty id
     * and indicator name), since what its unit is revising is not submitted yet. Drafts have none.
     */
    private static final ScopedSql WORSENED_INDICATORS = ScopedSql.of("""
            WITH submitted_value AS (
                SELECT sa.unit_id, p.month, sa.id AS report_id, iv.indicator_id, iv.value
                FROM self_assessment sa
                JOIN reporting_period p ON p.id = sa.period_id
                JOIN duty_report dr ON dr.self_assessment_id = sa.id
                JOIN indicator_value iv ON iv.duty_report_id = dr.id
                WHERE sa.state IN ('SUBMITTED', 'ACCEPTED')
                  AND sa.period_id = ANY (ARRAY(SELECT id FROM reporting_period WHERE month BETWEEN :firstMonth AND :lastMonth))
                UNION ALL
                SELECT sa.unit_id, p.month, sa.id, i.id, CAST(nullif(frozen.value, '') AS numeric)
                FROM self_assessment sa
                JOIN reporting_period p ON p.id = sa.period_id
                JOIN submission s ON s.self_assessment_id = sa.id
                     AND s.number = (SELECT max(latest.number) FROM submission latest WHERE latest.self_assessment_id = sa.id)
                CROSS JOIN jsonb_array_elements(s.snapshot -> 'duties') duty
                CROSS JOIN jsonb_each_text(duty -> 'indicators') frozen
                JOIN indicator i ON i.duty_id = CAST(duty ->> 'dutyId' AS bigint) AND i.name = frozen.key
                WHERE sa.state = 'RETURNED'
                  AND sa.period_id = ANY (ARRAY(SELECT id FROM reporting_period WHERE month BETWEEN :firstMonth AND :lastMonth))
            )
            SELECT x.*
            FROM (SELECT u.unit_id AS id, u.code, u.name, u.level, parent.code AS parent_code, d.code AS duty_code,
                         d.position AS duty_position, i.position AS indicator_position, i.name AS indicator,
                         i.unit_of_measure, i.worse_when, w.vals, w.reports[4] AS last_report_id
                  FROM (SELECT sv.unit_id, sv.indicator_id, array_agg(sv.value ORDER BY sv.month) AS vals,
                               array_agg(sv.report_id ORDER BY sv.month) AS reports, count(sv.value) AS months
                        FROM submitted_value sv
                        JOIN indicator wi ON wi.id = sv.indicator_id AND wi.worse_when IS NOT NULL
                        GROUP BY sv.unit_id, sv.indicator_id) w
                  JOIN indicator i ON i.id = w.indicator_id
                  JOIN duty d ON d.id = i.duty_id
                  JOIN unit_tree(:lastMonth) u ON u.unit_id = w.unit_id AND u.level <> 'AGENCY'
                  LEFT JOIN unit parent ON parent.id = u.parent_id
                  WHERE w.months = 4
                    AND CASE i.worse_when
                            WHEN 'HIGHER' THEN w.vals[2] > w.vals[1] AND w.vals[3] > w.vals[2] AND w.vals[4] > w.vals[3]
                            ELSE w.vals[2] < w.vals[1] AND w.vals[3] < w.vals[2] AND w.vals[4] < w.vals[3] END
                    {inScope}
                 ) x
            ORDER BY {hierarchy}, x.duty_position, x.indicator_position
            """.replace("{hierarchy}", UnitOrder.HIERARCHY.orderBy));

    private final NamedParameterJdbcTemplate jdbc;

    Worsenings(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Units whose share of duties fully done fell three months running, up to the given month: each of
     * the last four months submitted, each lower than the one before.
     */
    public List<Worsening> worsenedThreeMonthsRunning(YearMonth month, DashboardScope scope) {
        return jdbc.query(WORSENED.in(scope), fourMonthsTo(month, scope),
                (rs, row) -> new Worsening(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                        List.of((BigDecimal[]) rs.getArray("rates").getArray())));
    }

    /**
     * Units with an indicator that worsened three months running, up to the given month: a value in
     * each of the last four months' submitted reports, each worse than the one before, "worse" being
     * the indicator's own direction; one row per unit and indicator, in the hierarchy's order. It
     * reads indicator values, so it has a page of its own rather than a place on the dashboard.
     */
    public List<IndicatorWorsening> worsenedIndicators(YearMonth month, DashboardScope scope) {
        return jdbc.query(WORSENED_INDICATORS.in(scope), fourMonthsTo(month, scope),
                (rs, row) -> new IndicatorWorsening(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                        rs.getString("duty_code"), rs.getString("indicator"), rs.getString("unit_of_measure"),
                        "HIGHER".equals(rs.getString("worse_when")),
                        List.of((BigDecimal[]) rs.getArray("vals").getArray()), rs.getLong("last_report_id")));
    }

    private static MapSqlParameterSource fourMonthsTo(YearMonth month, DashboardScope scope) {
        return new MapSqlParameterSource()
                .addValue("firstMonth", month.minusMonths(3).atDay(1))
                .addValue("lastMonth", month.atDay(1))
                .addValue("provinceId", scope.provinceId());
    }
}
