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
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import vn.bhxh.tracker.reporting.AssessmentState;
import vn.bhxh.tracker.reporting.Timeliness;
import vn.bhxh.tracker.unit.UnitLevel;

/**
 * The year to date unit by unit: the monthly unit statuses of {@link MonthlyFigures} grouped by
 * unit in PostgreSQL, and each unit's duties counted over its submitted reports, one page of units
 * at a time.
 */
@Repository
@Transactional(readOnly = true)
public class YearFigures {

    private static final String BY_UNIT = """
            SELECT x.id, x.code, x.name, x.level, x.parent_code, x.parent_name, """ + MonthlyFigures.COUNTS + """
                   , array_agg(to_char(x.month, 'YYYY-MM') ORDER BY x.month) AS month_list,
                   array_agg(x.report_id ORDER BY x.month) AS report_list,
                   array_agg(x.state ORDER BY x.month) AS state_list,
                   array_agg(x.timeliness ORDER BY x.month) AS timeliness_list
            FROM (""" + MonthlyFigures.UNIT_STATUSES + """
            ) x
            WHERE CAST(:level AS varchar) IS NULL OR x.level = :level
            GROUP BY x.id, x.code, x.name, x.level, x.parent_code, x.parent_name
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final MonthlyFigures monthly;

    YearFigures(NamedParameterJdbcTemplate jdbc, MonthlyFigures monthly) {
        this.jdbc = jdbc;
        this.monthly = monthly;
    }

    /** One page of the units that had to report in at least one month of the range. */
    public Page<UnitYear> units(MonthRange months, DashboardScope scope, UnitLevel level, UnitOrder order,
                                Pageable pageable) {
        MapSqlParameterSource parameters = monthly.parameters(months, scope)
                .addValue("level", level == null ? null : level.name())
                .addValue("limit", pageable.getPageSize())
                .addValue("offset", pageable.getOffset());
        String byUnit = MonthlyFigures.inScope(BY_UNIT, scope);
        Long total = jdbc.queryForObject("SELECT count(*) FROM (" + byUnit + ") x", parameters, Long.class);
        List<UnitYear> rows = jdbc.query("SELECT x.* FROM (" + byUnit + ") x ORDER BY " + order.yearOrderBy
                + " LIMIT :limit OFFSET :offset", parameters, YearFigures::unitYear);
        return new PageImpl<>(rows, pageable, total == null ? 0 : total);
    }

    /** Every unit of the scope, for the year's exports. */
    public List<UnitYear> allUnits(MonthRange months, DashboardScope scope) {
        return units(months, scope, null, UnitOrder.HIERARCHY, Pageable.ofSize(100_000)).getContent();
    }

    /**
     * For each of the given units, each duty (by code) counted over its submitted reports of the
     * range: one query.
     */
    public Map<Long, Map<String, DutyTally>> dutyTallies(MonthRange months, Collection<Long> unitIds) {
        Map<Long, Map<String, DutyTally>> byUnit = new HashMap<>();
        if (unitIds.isEmpty()) {
            return byUnit;
        }
        jdbc.query("""
                SELECT m.unit_id, d.code, """ + MonthlyFigures.DUTY_TALLY + """
                FROM (SELECT sa.unit_id, sa.checklist_version_id, sa.duty_marks, count(*) AS reports
                      FROM self_assessment sa
                      WHERE sa.state <> 'DRAFT' AND sa.unit_id IN (:ids) AND sa.period_id = ANY (""" + MonthlyFigures.PERIOD_IDS + """
                            )
                      GROUP BY sa.unit_id, sa.checklist_version_id, sa.duty_marks) m
                JOIN """ + MonthlyFigures.NUMBERED_DUTIES + """
                  d ON d.checklist_version_id = m.checklist_version_id
                GROUP BY m.unit_id, d.code
                """, new MapSqlParameterSource()
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
        List<UnitYear.Month> monthly = new ArrayList<>(monthList.length);
        for (int i = 0; i < monthList.length; i++) {
            monthly.add(new UnitYear.Month(YearMonth.parse(monthList[i]),
                    reportList[i] == null ? null : ((Number) reportList[i]).longValue(),
                    stateList[i] == null ? null : AssessmentState.valueOf(stateList[i]),
                    Timeliness.valueOf(timelinessList[i])));
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
