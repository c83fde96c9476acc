package vn.bhxh.tracker.reporting;

import java.sql.Date;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.bhxh.tracker.unit.reorganisation.UnitReports;

/**
 * What a reorganisation's checks ask of the reports ({@link UnitReports}, the unit module's port): the
 * reports a unit has from a month on, in any state (such a unit cannot end that month), and those
 * still in its hands, a draft or returned for revision. Read from reporting's own tables.
 */
@Component
@Transactional(readOnly = true)
class ReportsOfUnits implements UnitReports {

    private final NamedParameterJdbcTemplate jdbc;

    ReportsOfUnits(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<UnitReport> reportsFrom(Collection<Long> unitIds, YearMonth firstMonth) {
        return unitIds.isEmpty() ? List.of() : query("""
                SELECT a.id, a.unit_id, p.month, a.state FROM self_assessment a JOIN reporting_period p ON p.id = a.period_id
                WHERE a.unit_id IN (:unitIds) AND p.month >= :firstDay ORDER BY a.unit_id, p.month""",
                new MapSqlParameterSource("unitIds", unitIds).addValue("firstDay", Date.valueOf(firstMonth.atDay(1))));
    }

    @Override
    public List<UnitReport> openReportsOf(Collection<Long> unitIds) {
        return unitIds.isEmpty() ? List.of() : query("""
                SELECT a.id, a.unit_id, p.month, a.state FROM self_assessment a JOIN reporting_period p ON p.id = a.period_id
                WHERE a.unit_id IN (:unitIds) AND a.state IN ('DRAFT', 'RETURNED') ORDER BY a.unit_id, p.month""",
                new MapSqlParameterSource("unitIds", unitIds));
    }

    private List<UnitReport> query(String sql, MapSqlParameterSource parameters) {
        return jdbc.query(sql, parameters, (rs, row) -> new UnitReport(rs.getLong("id"), rs.getLong("unit_id"),
                YearMonth.from(rs.getDate("month").toLocalDate()), rs.getString("state")));
    }
}
