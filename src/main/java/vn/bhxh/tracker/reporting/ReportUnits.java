package vn.bhxh.tracker.reporting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import vn.bhxh.tracker.unit.UnitDirectory;
import vn.bhxh.tracker.unit.UnitLevel;
import vn.bhxh.tracker.unit.UnitRef;

/**
 * The units of reports as their month's tree gives them ({@code unit_tree}, V29): a report's unit and
 * the unit above it (a report of 05/2023 names its unit as it was called in 05/2023, under the office it
 * was under then, whatever the unit is called or wherever it sits now). A single unit in a month, or
 * the units under it, are {@link UnitDirectory}'s.
 */
@Repository
class ReportUnits {

    private static final String PLACED = """
            SELECT sa.id AS report_id, u.unit_id, u.code, u.name, u.level,
                   parent.unit_id AS parent_id, parent.code AS parent_code, parent.name AS parent_name, parent.level AS parent_level
            FROM self_assessment sa
            JOIN reporting_period p ON p.id = sa.period_id
            JOIN LATERAL unit_tree(p.month) u ON u.unit_id = sa.unit_id
            LEFT JOIN LATERAL unit_tree(p.month) parent ON parent.unit_id = u.parent_id
            WHERE sa.id IN (:ids)
            """;

    /** A report's unit and the unit above it (none for a unit under nothing). */
    record Placed(UnitRef unit, UnitRef parent) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final UnitDirectory units;

    ReportUnits(NamedParameterJdbcTemplate jdbc, UnitDirectory units) {
        this.jdbc = jdbc;
        this.units = units;
    }

    /**
     * Each report's unit and the unit above it in the report's month, by report id; one query. A report
     * of a month its unit had no version in (none is made so) is placed as its unit is now, rather
     * than left out.
     */
    Map<Long, Placed> of(Collection<SelfAssessment> reports) {
        Map<Long, Placed> placed = new HashMap<>();
        if (reports.isEmpty()) {
            return placed;
        }
        jdbc.query(PLACED, new MapSqlParameterSource("ids", reports.stream().map(SelfAssessment::getId).toList()),
                (ResultSet rs) -> {
                    placed.put(rs.getLong("report_id"), new Placed(ref(rs, "unit_id", "code", "name", "level"),
                            ref(rs, "parent_id", "parent_code", "parent_name", "parent_level")));
                });
        List<SelfAssessment> unplaced = reports.stream().filter(report -> !placed.containsKey(report.getId())).toList();
        if (!unplaced.isEmpty()) {
            Set<Long> unitIds = unplaced.stream().map(SelfAssessment::getUnitId).collect(Collectors.toSet());
            Map<Long, UnitRef> now = units.refsOf(unitIds);
            Map<Long, UnitRef> parentsNow = units.parentsOf(unitIds);
            unplaced.forEach(report -> placed.put(report.getId(),
                    new Placed(now.get(report.getUnitId()), parentsNow.get(report.getUnitId()))));
        }
        return placed;
    }

    /** The report's unit in the report's month ({@link #of}). */
    UnitRef unitOf(SelfAssessment report) {
        return of(List.of(report)).get(report.getId()).unit();
    }

    private static UnitRef ref(ResultSet rs, String id, String code, String name, String level) throws SQLException {
        Long unitId = rs.getObject(id, Long.class);
        return unitId == null ? null
                : new UnitRef(unitId, rs.getString(code), rs.getString(name), UnitLevel.valueOf(rs.getString(level)));
    }
}
