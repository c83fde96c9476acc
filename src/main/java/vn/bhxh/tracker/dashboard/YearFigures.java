package vn.bhxh.tracker.dashboard;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import vn.bhxh.tracker.reporting.SelfAssessmentState;
import vn.bhxh.tracker.reporting.Timeliness;
import vn.bhxh.tracker.unit.UnitLevel;

/**
 * The year to date unit by unit: the {@link UnitMonths unit-months} of the range grouped by unit in
 * PostgreSQL, one page of units at a time, and each unit's duties counted over its submitted reports.
 * Each month counts on its own tree: a unit counts in a level or a province for the months it was
 * in it; a province's months follow its lineage as it stood in the range's last month
 * ({@link ScopedSql#followingLineage}), so a unit that merged into it is among its units for the
 * months before. The rows follow succession for the country and a province alike: a unit that had
 * merged into another by the range's last month is counted in the row of the unit its merges end at
 * ({@link #rowUnit}, V37's {@code unit_merged_into}), a unit that split keeps its own row.
 */
@Repository
@Transactional(readOnly = true)
public class YearFigures {

    /**
     * The unit whose row a unit's months are counted in, in the list of the year's units: the unit its
     * merges end at if it had merged into another by the range's last month ({@code :lastMonth}), else
     * itself. The rule is V37's SQL function {@code unit_merged_into} (merges only, followed to the end of
     * their chain through V33's {@code unit_lineage}; a unit that split keeps its own row), the one place
     * that decides a row, for the country as for a province; this is the expression over
     * {@link #joinMerged}'s {@code merged}, so that the page, its count and the duty tallies ask it alike.
     *
     * @param unitId the SQL expression of the unit's id
     */
    private static String rowUnit(String unitId) {
        // spaced: a text block drops the space before it
        return " coalesce(merged.merged_into, " + unitId + ") ";
    }

    /** Joins {@code merged}, the units merged by the range's last month, to a unit's id, for {@link #rowUnit}. */
    private static String joinMerged(String unitId) {
        return " LEFT JOIN unit_merged_into(:lastMonth) merged ON merged.unit_id = " + unitId + " ";
    }

    /**
     * How many rows the list has: units that had to report in at least one month of the range, optionally
     * of one level, a merged unit in its successor's row ({@link #rowUnit}).
     */
    private static final ScopedSql COUNT = ScopedSql.followingLineage(UnitMonths.WITH_UNIT_MONTH + """
            SELECT count(DISTINCT""" + rowUnit("x.id") + """
            )
            FROM unit_month x""" + joinMerged("x.id") + """
            WHERE CAST(:level AS varchar) IS NULL OR x.level = :level
            """);

    /**
     * A page of those units, each with its unit-months counted and its months listed (oldest first),
     * sorted by a fixed {@link UnitOrder} ({@code {orderBy}}, on the grouped rows {@code x}). A unit
     * renamed or moved within the range is one row, named and placed as its version of the last of its
     * months ({@code month}) gives it: joined to the grouped rows rather than aggregated from every
     * month, which cost about a third more (docs/performance.md). A unit that merged into another is
     * counted in that one's row ({@link #rowUnit}): BHXH tỉnh Tuyên Quang's row counts Hà Giang's
     * office's months before the merge beside its own, each such month listed after the row unit's own of
     * that month with the unit it was ({@code from_code_list}, {@code from_name_list}; null for the row
     * unit's own). A row unit with no month of its own in the list (a successor made by the merge, outside
     * the province's scope or of another level) has no version in the row's last month: it is named and
     * placed as its latest version begun by the range's last month, in that version's first month.
     */
    private static final ScopedSql PAGE = ScopedSql.followingLineage(UnitMonths.WITH_UNIT_MONTH + """
            SELECT x.*, parent_version.name AS parent_name
            FROM (SELECT x.*
                  FROM (SELECT y.id, y.expected, y.on_time, y.late, y.missing, y.not_due, y.returned, y.accepted,
                               y.done, y.applicable, y.month_list, y.report_list, y.state_list, y.timeliness_list,
                               y.from_code_list, y.from_name_list,
                               coalesce(later.valid_from, y.month) AS month, row_unit.code,
                               coalesce(last.name, later.name) AS name, coalesce(last.level, later.level) AS level,
                               coalesce(last.parent_id, later.parent_id) AS parent_id, parent.code AS parent_code
                        FROM (SELECT m.row_id AS id, max(m.month) AS month,
                                     count(*) AS expected,
                                     count(*) FILTER (WHERE m.timeliness = 'ON_TIME') AS on_time,
                                     count(*) FILTER (WHERE m.timeliness = 'LATE') AS late,
                                     count(*) FILTER (WHERE m.timeliness = 'MISSING') AS missing,
                                     count(*) FILTER (WHERE m.timeliness = 'NOT_DUE') AS not_due,
                                     count(*) FILTER (WHERE m.state = 'RETURNED') AS returned,
                                     count(*) FILTER (WHERE m.state = 'ACCEPTED') AS accepted,
                                     coalesce(sum(m.done), 0) AS done, coalesce(sum(m.applicable), 0) AS applicable,
                                     array_agg(to_char(m.month, 'YYYY-MM') ORDER BY m.month, m.id <> m.row_id, m.code) AS month_list,
                                     array_agg(m.report_id ORDER BY m.month, m.id <> m.row_id, m.code) AS report_list,
                                     array_agg(m.state ORDER BY m.month, m.id <> m.row_id, m.code) AS state_list,
                                     array_agg(m.timeliness ORDER BY m.month, m.id <> m.row_id, m.code) AS timeliness_list,
                                     array_agg(CASE WHEN m.id <> m.row_id THEN m.code END ORDER BY m.month, m.id <> m.row_id, m.code) AS from_code_list,
                                     array_agg(CASE WHEN m.id <> m.row_id THEN m.name END ORDER BY m.month, m.id <> m.row_id, m.code) AS from_name_list
                              FROM (SELECT m.*,""" + rowUnit("m.id") + """
            AS row_id
                                    FROM unit_month m""" + joinMerged("m.id") + """
            WHERE CAST(:level AS varchar) IS NULL OR m.level = :level) m
                              GROUP BY m.row_id) y
                        JOIN unit row_unit ON row_unit.id = y.id
                        LEFT JOIN unit_version last ON last.unit_id = y.id AND month_span_holds(last.valid_from, last.valid_to, y.month)
                        LEFT JOIN LATERAL (SELECT v.valid_from, v.name, v.level, v.parent_id
                                           FROM unit_version v
                                           WHERE last.id IS NULL AND v.unit_id = y.id AND v.valid_from <= :lastMonth
                                           ORDER BY v.valid_from DESC
                                           LIMIT 1) later ON true
                        LEFT JOIN unit parent ON parent.id = coalesce(last.parent_id, later.parent_id)) x
                  ORDER BY {orderBy}
                  LIMIT :limit OFFSET :offset) x
            """ + UnitMonths.JOIN_PARENT_NAME + """
            ORDER BY {orderBy}
            """);

    /**
     * Each of the given units' duties counted over its submitted reports of the range (see
     * {@link Trends}' duty trend: the same tally, by unit instead of by month), for a province those of
     * the months the unit sat in it or in a unit of its lineage; the reports of the units merged into a
     * given unit are counted in its row ({@link #rowUnit}), as in {@link #PAGE}, and asked for with it.
     */
    private static final ScopedSql DUTY_TALLIES = ScopedSql.followingLineage(DutyMatrix.WITH_NUMBERED_DUTY + """
            SELECT m.unit_id, d.code,
                   coalesce(sum(m.reports) FILTER (WHERE duty_mark_done(substr(m.duty_marks, d.n, 1))), 0) AS done,
                   coalesce(sum(m.reports) FILTER (WHERE duty_mark_applicable(substr(m.duty_marks, d.n, 1))), 0) AS applicable,
                   coalesce(sum(m.reports) FILTER (WHERE duty_mark_answered(substr(m.duty_marks, d.n, 1))), 0) AS reported
            FROM (SELECT""" + rowUnit("sa.unit_id") + """
            AS unit_id, sa.checklist_version_id, sa.duty_marks, count(*) AS reports
                  FROM self_assessment sa
                  JOIN reporting_period p ON p.id = sa.period_id
                  JOIN unit_version u ON u.unit_id = sa.unit_id AND month_span_holds(u.valid_from, u.valid_to, p.month)""" + joinMerged("sa.unit_id") + """
            WHERE sa.state <> 'DRAFT'
                    AND sa.unit_id = ANY (ARRAY[:ids] || ARRAY(SELECT merged.unit_id FROM unit_merged_into(:lastMonth) merged
                                                                WHERE merged.merged_into IN (:ids)))
                    AND sa.period_id = ANY (ARRAY(SELECT id FROM reporting_period WHERE month BETWEEN :firstMonth AND :lastMonth))
                    {inScope}
                  GROUP BY 1, sa.checklist_version_id, sa.duty_marks) m
            JOIN numbered_duty d ON d.checklist_version_id = m.checklist_version_id
            GROUP BY m.unit_id, d.code
            """);

    private final NamedParameterJdbcTemplate jdbc;
    private final UnitMonths unitMonths;

    YearFigures(NamedParameterJdbcTemplate jdbc, UnitMonths unitMonths) {
        this.jdbc = jdbc;
        this.unitMonths = unitMonths;
    }

    /** One page of the units that had to report in at least one month of the range. */
    public Page<UnitYear> units(MonthRange months, DashboardScope scope, UnitLevel level, UnitOrder order,
                                Pageable pageable) {
        return unitMonths.page(COUNT.in(scope), PAGE.in(scope).replace("{orderBy}", order.yearOrderBy),
                months, scope, level, pageable, YearFigures::unitYear);
    }

    /** Every unit of the scope, for the year's exports. */
    public List<UnitYear> allUnits(MonthRange months, DashboardScope scope) {
        return units(months, scope, null, UnitOrder.HIERARCHY, Pageable.ofSize(100_000)).getContent();
    }

    /**
     * For each of the given units (rows of {@link #units}), each duty (by code) counted over its submitted
     * reports of the range and those of the units merged into it (for a province, of the months the unit
     * sat in it or in a unit of its lineage).
     */
    public Map<Long, Map<String, DutyTally>> dutyTallies(MonthRange months, DashboardScope scope, Collection<Long> unitIds) {
        Map<Long, Map<String, DutyTally>> byUnit = new HashMap<>();
        if (unitIds.isEmpty()) {
            return byUnit;
        }
        MapSqlParameterSource parameters = unitMonths.scopeParameters(scope, months.last());
        jdbc.query(DUTY_TALLIES.in(scope), parameters
                        .addValue("firstMonth", months.first().atDay(1))
                        .addValue("lastMonth", months.last().atDay(1))
                        .addValue("ids", unitIds),
                (ResultSet rs) -> {
                    byUnit.computeIfAbsent(rs.getLong("unit_id"), id -> new HashMap<>())
                            .put(rs.getString("code"), DutyTally.of(rs));
                });
        return byUnit;
    }

    private static UnitYear unitYear(ResultSet rs, int row) throws SQLException {
        String[] monthList = strings(rs.getArray("month_list"));
        Object[] reportList = (Object[]) rs.getArray("report_list").getArray();
        String[] stateList = strings(rs.getArray("state_list"));
        String[] timelinessList = strings(rs.getArray("timeliness_list"));
        String[] fromCodeList = strings(rs.getArray("from_code_list"));
        String[] fromNameList = strings(rs.getArray("from_name_list"));
        List<UnitYear.Month> monthly = new ArrayList<>(monthList.length);
        for (int i = 0; i < monthList.length; i++) {
            monthly.add(new UnitYear.Month(YearMonth.parse(monthList[i]),
                    reportList[i] == null ? null : ((Number) reportList[i]).longValue(),
                    stateList[i] == null ? null : SelfAssessmentState.valueOf(stateList[i]),
                    Timeliness.valueOf(timelinessList[i]), fromCodeList[i], fromNameList[i]));
        }
        return new UnitYear(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                UnitLevel.valueOf(rs.getString("level")), rs.getString("parent_code"), rs.getString("parent_name"),
                rs.getInt("expected"), rs.getInt("on_time"), rs.getInt("late"), rs.getInt("missing"), rs.getInt("not_due"),
                rs.getInt("accepted"), rs.getInt("returned"), rs.getInt("done"), rs.getInt("applicable"), monthly);
    }

    private static String[] strings(Array array) throws SQLException {
        Object[] values = (Object[]) array.getArray();
        String[] strings = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            strings[i] = values[i] == null ? null : values[i].toString();
        }
        return strings;
    }
}
