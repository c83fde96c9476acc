package vn.bhxh.tracker.unit.reorganisation;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Repository;

/**
 * Plans being written, in {@code reorganisation_plan} and {@code reorganisation_plan_line} (V31). Every
 * change to a plan raises its {@code version}.
 */
@Repository
class PlanDrafts {

    private static final String HEADER = """
            SELECT id, version, created_by, updated_at, decision_number, decided_on, effective_month, reorganisation_id
            FROM reorganisation_plan WHERE id = :id""";

    private final NamedParameterJdbcTemplate jdbc;

    PlanDrafts(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A new, empty plan of this user: its id. */
    long create(Long userId, Instant now) {
        return jdbc.queryForObject("""
                INSERT INTO reorganisation_plan (created_by, created_at, updated_at) VALUES (:userId, :now, :now)
                RETURNING id""", new MapSqlParameterSource("userId", userId).addValue("now", Timestamp.from(now)), Long.class);
    }

    Optional<PlanDraft> find(long id) {
        return read(HEADER, id);
    }

    /** The plan, its row locked until the transaction ends: one confirmation at a time applies it. */
    Optional<PlanDraft> lock(long id) {
        return read(HEADER + " FOR UPDATE", id);
    }

    private Optional<PlanDraft> read(String sql, long id) {
        List<PlanDraft> found = jdbc.query(sql, new MapSqlParameterSource("id", id), (rs, row) -> draft(rs, linesOf(id)));
        return found.stream().findFirst();
    }

    private List<PlanLine> linesOf(long id) {
        return jdbc.query("""
                SELECT line, kind, old_code, new_code, new_name, new_parent_code, level
                FROM reorganisation_plan_line WHERE plan_id = :id ORDER BY line""", new MapSqlParameterSource("id", id),
                (rs, row) -> new PlanLine(rs.getInt("line"), rs.getString("kind"), rs.getString("old_code"),
                        rs.getString("new_code"), rs.getString("new_name"), rs.getString("new_parent_code"), rs.getString("level")));
    }

    /** This user's plans not yet applied, the latest changed first. */
    List<DraftSummary> openOf(Long userId) {
        return jdbc.query("""
                SELECT p.id, p.decision_number, p.effective_month, p.updated_at,
                       (SELECT count(*) FROM reorganisation_plan_line l WHERE l.plan_id = p.id) AS lines
                FROM reorganisation_plan p WHERE p.created_by = :userId AND p.reorganisation_id IS NULL
                ORDER BY p.updated_at DESC, p.id DESC""", new MapSqlParameterSource("userId", userId),
                (rs, row) -> new DraftSummary(rs.getLong("id"), rs.getString("decision_number"),
                        month(rs.getDate("effective_month")), rs.getTimestamp("updated_at").toInstant(), rs.getInt("lines")));
    }

    void saveHeader(long id, PlanHeader header, Instant now) {
        jdbc.update("""
                UPDATE reorganisation_plan SET decision_number = :number, decided_on = :decidedOn,
                       effective_month = :month, updated_at = :now, version = version + 1
                WHERE id = :id""", new MapSqlParameterSource("id", id)
                .addValue("number", header.decisionNumber())
                .addValue("decidedOn", header.decidedOn() == null ? null : Date.valueOf(header.decidedOn()))
                .addValue("month", header.effectiveMonth() == null ? null : Date.valueOf(header.effectiveMonth().atDay(1)))
                .addValue("now", Timestamp.from(now)));
    }

    /** Adds the line after the plan's last one. */
    void addLine(long id, PlanLine line, Instant now) {
        Integer last = jdbc.queryForObject("SELECT coalesce(max(line), 0) FROM reorganisation_plan_line WHERE plan_id = :id",
                new MapSqlParameterSource("id", id), Integer.class);
        insert(id, List.of(line.at(last + 1)));
        touch(id, now);
    }

    /** Removes a line; the lines after it move up one place. Whether there was one. */
    boolean removeLine(long id, int line, Instant now) {
        MapSqlParameterSource where = new MapSqlParameterSource("id", id).addValue("line", line);
        if (jdbc.update("DELETE FROM reorganisation_plan_line WHERE plan_id = :id AND line = :line", where) == 0) {
            return false;
        }
        jdbc.update("UPDATE reorganisation_plan_line SET line = line - 1 WHERE plan_id = :id AND line > :line", where);
        touch(id, now);
        return true;
    }

    /** The plan's lines become these (an uploaded file's), numbered from 1 in their order. */
    void replaceLines(long id, List<PlanLine> lines, Instant now) {
        jdbc.update("DELETE FROM reorganisation_plan_line WHERE plan_id = :id", new MapSqlParameterSource("id", id));
        insert(id, IntStream.range(0, lines.size()).mapToObj(i -> lines.get(i).at(i + 1)).toList());
        touch(id, now);
    }

    void markApplied(long id, long reorganisationId, Instant now) {
        jdbc.update("""
                UPDATE reorganisation_plan SET reorganisation_id = :reorganisationId, updated_at = :now, version = version + 1
                WHERE id = :id""", new MapSqlParameterSource("id", id).addValue("reorganisationId", reorganisationId)
                .addValue("now", Timestamp.from(now)));
    }

    /** Deletes a plan not applied, with its lines. */
    void discard(long id) {
        jdbc.update("DELETE FROM reorganisation_plan WHERE id = :id AND reorganisation_id IS NULL", new MapSqlParameterSource("id", id));
    }

    private void insert(long id, List<PlanLine> lines) {
        SqlParameterSource[] rows = lines.stream().map(line -> new MapSqlParameterSource("id", id)
                .addValue("line", line.line()).addValue("kind", line.kind()).addValue("oldCode", line.oldCode())
                .addValue("newCode", line.newCode()).addValue("newName", line.newName())
                .addValue("newParentCode", line.newParentCode()).addValue("level", line.level()))
                .toArray(SqlParameterSource[]::new);
        jdbc.batchUpdate("""
                INSERT INTO reorganisation_plan_line (plan_id, line, kind, old_code, new_code, new_name, new_parent_code, level)
                VALUES (:id, :line, :kind, :oldCode, :newCode, :newName, :newParentCode, :level)""", rows);
    }

    private void touch(long id, Instant now) {
        jdbc.update("UPDATE reorganisation_plan SET updated_at = :now, version = version + 1 WHERE id = :id",
                new MapSqlParameterSource("id", id).addValue("now", Timestamp.from(now)));
    }

    private static PlanDraft draft(ResultSet rs, List<PlanLine> lines) throws SQLException {
        Date decidedOn = rs.getDate("decided_on");
        Long reorganisationId = rs.getObject("reorganisation_id", Long.class);
        return new PlanDraft(rs.getLong("id"), rs.getLong("version"), rs.getLong("created_by"),
                rs.getTimestamp("updated_at").toInstant(),
                new PlanHeader(rs.getString("decision_number"), decidedOn == null ? null : decidedOn.toLocalDate(),
                        month(rs.getDate("effective_month"))),
                lines, reorganisationId);
    }

    private static YearMonth month(Date firstDay) {
        return firstDay == null ? null : YearMonth.from(firstDay.toLocalDate());
    }

    /** A plan not yet applied, as the list of reorganisations shows it. */
    record DraftSummary(long id, String decisionNumber, YearMonth effectiveMonth, Instant updatedAt, int lines) {
    }
}
