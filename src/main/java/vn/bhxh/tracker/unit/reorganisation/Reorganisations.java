package vn.bhxh.tracker.unit.reorganisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import vn.bhxh.tracker.unit.UnitLevel;

/**
 * The reorganisations recorded (applied by an administrator, loaded with the application, or the
 * demo's sample), as the administrator's pages read them: newest first, and each with its lines.
 */
@Repository
@Transactional(readOnly = true)
class Reorganisations {

    private final NamedParameterJdbcTemplate jdbc;

    Reorganisations(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One page of the decisions, the latest month first (then the latest applied). */
    Page<Decision> page(Pageable pageable) {
        List<Decision> decisions = jdbc.query("""
                SELECT r.id, r.decision_number, r.decided_on, r.effective_month, r.source, r.applied_at, r.applied_by,
                       (SELECT count(*) FROM reorganisation_change c WHERE c.reorganisation_id = r.id) AS lines
                FROM reorganisation r ORDER BY r.effective_month DESC, r.applied_at DESC, r.id DESC
                LIMIT :limit OFFSET :offset""", new MapSqlParameterSource("limit", pageable.getPageSize())
                .addValue("offset", pageable.getOffset()), (rs, row) -> decision(rs));
        Long total = jdbc.queryForObject("SELECT count(*) FROM reorganisation", new MapSqlParameterSource(), Long.class);
        return new PageImpl<>(decisions, pageable, total);
    }

    Optional<Decision> find(long id) {
        return jdbc.query("""
                SELECT r.id, r.decision_number, r.decided_on, r.effective_month, r.source, r.applied_at, r.applied_by,
                       (SELECT count(*) FROM reorganisation_change c WHERE c.reorganisation_id = r.id) AS lines
                FROM reorganisation r WHERE r.id = :id""", new MapSqlParameterSource("id", id), (rs, row) -> decision(rs))
                .stream().findFirst();
    }

    /**
     * A page of a decision's lines, in order. A unit is named as it was the month before the decision
     * (a unit it created, as it is in its first month; a unit that had ended before, given its successor,
     * as it last was); a successor and a new parent as they are in the decision's month.
     */
    Page<DecisionLine> lines(long id, Pageable pageable) {
        List<DecisionLine> lines = jdbc.query("""
                SELECT c.line, c.kind, u.code AS unit_code, coalesce(before.name, after.name, (
                           SELECT last.name FROM unit_version last WHERE last.unit_id = u.id AND last.valid_to <= r.effective_month
                           ORDER BY last.valid_from DESC LIMIT 1)) AS unit_name,
                       s.code AS successor_code, sv.name AS successor_name, c.new_name, c.new_level,
                       p.code AS parent_code, pv.name AS parent_name
                FROM reorganisation_change c
                JOIN reorganisation r ON r.id = c.reorganisation_id
                JOIN unit u ON u.id = c.unit_id
                LEFT JOIN unit_version before ON before.unit_id = u.id
                     AND month_span_holds(before.valid_from, before.valid_to, (r.effective_month - interval '1 month')::date)
                LEFT JOIN unit_version after ON after.unit_id = u.id
                     AND month_span_holds(after.valid_from, after.valid_to, r.effective_month)
                LEFT JOIN unit s ON s.id = c.successor_id
                LEFT JOIN unit_version sv ON sv.unit_id = s.id AND month_span_holds(sv.valid_from, sv.valid_to, r.effective_month)
                LEFT JOIN unit p ON p.id = c.new_parent_id
                LEFT JOIN unit_version pv ON pv.unit_id = p.id AND month_span_holds(pv.valid_from, pv.valid_to, r.effective_month)
                WHERE c.reorganisation_id = :id
                ORDER BY c.line LIMIT :limit OFFSET :offset""", new MapSqlParameterSource("id", id)
                .addValue("limit", pageable.getPageSize()).addValue("offset", pageable.getOffset()),
                (rs, row) -> new DecisionLine(rs.getInt("line"), ChangeKind.valueOf(rs.getString("kind")),
                        rs.getString("unit_code"), rs.getString("unit_name"), rs.getString("successor_code"),
                        rs.getString("successor_name"), rs.getString("new_name"),
                        rs.getString("new_level") == null ? null : UnitLevel.valueOf(rs.getString("new_level")),
                        rs.getString("parent_code"), rs.getString("parent_name")));
        Long total = jdbc.queryForObject("SELECT count(*) FROM reorganisation_change WHERE reorganisation_id = :id",
                new MapSqlParameterSource("id", id), Long.class);
        return new PageImpl<>(lines, pageable, total);
    }

    /** The ids of the units the decision ended (merged, split or closed), with how each ended. */
    List<EndedUnit> endedBy(long id) {
        return jdbc.query("""
                SELECT DISTINCT c.unit_id, u.code, c.kind FROM reorganisation_change c JOIN unit u ON u.id = c.unit_id
                WHERE c.reorganisation_id = :id AND c.kind IN ('MERGE', 'SPLIT', 'CLOSE') ORDER BY u.code""",
                new MapSqlParameterSource("id", id),
                (rs, row) -> new EndedUnit(rs.getLong("unit_id"), rs.getString("code"), ChangeKind.valueOf(rs.getString("kind"))));
    }

    private static Decision decision(ResultSet rs) throws SQLException {
        return new Decision(rs.getLong("id"), rs.getString("decision_number"), rs.getDate("decided_on").toLocalDate(),
                YearMonth.from(rs.getDate("effective_month").toLocalDate()), ReorganisationSource.valueOf(rs.getString("source")),
                rs.getTimestamp("applied_at").toInstant(), rs.getObject("applied_by", Long.class), rs.getInt("lines"));
    }

    /** A recorded decision as the list shows it. */
    record Decision(long id, String decisionNumber, LocalDate decidedOn, YearMonth effectiveMonth, ReorganisationSource source,
                    Instant appliedAt, Long appliedBy, int lines) {

        public boolean isSample() {
            return source == ReorganisationSource.SAMPLE;
        }
    }

    /** One line of a recorded decision, with the units' codes and names. */
    record DecisionLine(int line, ChangeKind kind, String unitCode, String unitName, String successorCode,
                        String successorName, String newName, UnitLevel newLevel, String parentCode, String parentName) {
    }

    /** A unit a decision ended. */
    record EndedUnit(long unitId, String code, ChangeKind kind) {
    }
}
