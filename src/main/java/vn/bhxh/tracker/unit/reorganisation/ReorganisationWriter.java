package vn.bhxh.tracker.unit.reorganisation;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Repository;

import vn.bhxh.tracker.unit.reorganisation.PlanAnalysis.Changed;
import vn.bhxh.tracker.unit.reorganisation.PlanAnalysis.Ending;
import vn.bhxh.tracker.unit.reorganisation.PlanAnalysis.NewUnit;

/**
 * Writes a checked plan into V29's tables, inside the caller's transaction: the reorganisation, its
 * lines as {@code reorganisation_change}, the new units with their first versions, for each unit renamed
 * or moved its version ended and a new one begun, for each unit that ends its version ended, the
 * successions of merged and split units and those recorded for units that ended before (a
 * {@link ChangeKind#SUCCEED} line: the succession only, no version), and the reorganisation's people as
 * still to follow their units ({@code reorganisation_people}, V35: {@link PeopleAtEffectiveMonth} settles
 * them when the month begins).
 * Each unit it changes or ends has its lock's {@code version} moved on ({@link #moveLocksOn}).
 */
@Repository
class ReorganisationWriter {

    private final NamedParameterJdbcTemplate jdbc;

    ReorganisationWriter(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Waits until no other transaction is applying a reorganisation, and holds that until this one
     * ends: two administrators' plans are checked and written one after the other, each against the
     * units as the other left them.
     */
    void lockReorganisations() {
        jdbc.getJdbcTemplate().query("SELECT pg_advisory_xact_lock(hashtext('tracker: apply a reorganisation'))", rs -> null);
    }

    /** The sample reorganisation recorded under this decision number, if there is one. */
    Optional<Long> sampleNumbered(String decisionNumber) {
        return jdbc.queryForList("SELECT id FROM reorganisation WHERE source = 'SAMPLE' AND decision_number = :number",
                new MapSqlParameterSource("number", decisionNumber), Long.class).stream().findFirst();
    }

    /** Writes the plan; answers the reorganisation's id. */
    long write(PlanHeader header, List<PlanLine> lines, PlanAnalysis analysis, ReorganisationSource source, Long actorId,
                  Instant now) {
        YearMonth month = header.effectiveMonth();
        Date firstDay = Date.valueOf(month.atDay(1));
        long reorganisationId = jdbc.queryForObject("""
                INSERT INTO reorganisation (decision_number, decided_on, effective_month, source, applied_at, applied_by)
                VALUES (:number, :decidedOn, :month, :source, :now, :actorId) RETURNING id""", new MapSqlParameterSource()
                .addValue("number", header.decisionNumber().strip()).addValue("decidedOn", Date.valueOf(header.decidedOn()))
                .addValue("month", firstDay).addValue("source", source.name()).addValue("now", Timestamp.from(now))
                .addValue("actorId", actorId), Long.class);
        Map<String, Long> ids = idsOf(lines, analysis);
        MapSqlParameterSource common = new MapSqlParameterSource("month", firstDay).addValue("reorganisationId", reorganisationId);

        for (NewUnit unit : analysis.newUnitsParentsFirst()) {
            long id = jdbc.queryForObject("""
                    INSERT INTO unit (code) VALUES (:code) RETURNING id""", params(common).addValue("code", unit.code()), Long.class);
            ids.put(unit.code(), id);
            jdbc.update("""
                    INSERT INTO unit_version (unit_id, valid_from, name, level, parent_id, reorganisation_id)
                    VALUES (:unitId, :month, :name, :level, :parentId, :reorganisationId)""", params(common)
                    .addValue("unitId", id).addValue("name", unit.name()).addValue("level", unit.level().name())
                    .addValue("parentId", ids.get(unit.parentCode())));
        }

        List<Long> ending = new ArrayList<>();
        analysis.changed().forEach(change -> ending.add(change.unit().id()));
        analysis.endings().forEach(end -> ending.add(end.unit().id()));
        endVersions(ending, common);

        List<SqlParameterSource> versions = new ArrayList<>();
        for (Changed change : analysis.changed()) {
            versions.add(params(common).addValue("unitId", change.unit().id()).addValue("name", change.name())
                    .addValue("level", change.level().name()).addValue("parentId", ids.get(change.parentCode())));
        }
        jdbc.batchUpdate("""
                INSERT INTO unit_version (unit_id, valid_from, name, level, parent_id, reorganisation_id)
                VALUES (:unitId, :month, :name, :level, :parentId, :reorganisationId)""", versions.toArray(SqlParameterSource[]::new));

        List<SqlParameterSource> successions = new ArrayList<>();
        for (Ending end : analysis.endings()) {
            end.successorCodes().stream().map(ids::get).forEach(successorId -> successions.add(params(common)
                    .addValue("predecessorId", end.unit().id()).addValue("successorId", successorId)));
        }
        for (PlanAnalysis.Succession succession : analysis.successions()) {
            successions.add(params(common).addValue("predecessorId", succession.predecessor().id())
                    .addValue("successorId", succession.successor().id()));
        }
        jdbc.batchUpdate("""
                INSERT INTO unit_succession (predecessor_id, successor_id, effective_on, reorganisation_id)
                VALUES (:predecessorId, :successorId, :month, :reorganisationId)""", successions.toArray(SqlParameterSource[]::new));

        writeChanges(lines, ids, common);
        jdbc.update("INSERT INTO reorganisation_people (reorganisation_id) VALUES (:reorganisationId)", common);
        moveLocksOn(analysis);
        return reorganisationId;
    }

    /** The units' ids by code, for every code the lines name that is already a unit's, and the parents the plan keeps. */
    private Map<String, Long> idsOf(List<PlanLine> lines, PlanAnalysis analysis) {
        Set<String> codes = new HashSet<>();
        for (PlanLine line : lines) {
            codes.add(line.oldCode());
            codes.add(line.newCode());
            codes.add(line.newParentCode());
        }
        analysis.changed().forEach(change -> codes.add(change.parentCode()));
        codes.remove("");
        codes.remove(null);
        Map<String, Long> ids = new HashMap<>();
        if (!codes.isEmpty()) {
            jdbc.query("SELECT id, code FROM unit WHERE code IN (:codes)", new MapSqlParameterSource("codes", codes),
                    (java.sql.ResultSet rs) -> {
                        ids.put(rs.getString("code"), rs.getLong("id"));
                    });
        }
        return ids;
    }

    /** Ends the version of each unit that holds the month, from the month on; refuses if one was changed meanwhile. */
    private void endVersions(List<Long> unitIds, MapSqlParameterSource common) {
        SqlParameterSource[] rows = unitIds.stream().map(id -> params(common).addValue("unitId", id)).toArray(SqlParameterSource[]::new);
        int[] ended = jdbc.batchUpdate("""
                UPDATE unit_version SET valid_to = :month
                WHERE unit_id = :unitId AND valid_to IS NULL AND valid_from < :month""", rows);
        for (int i = 0; i < ended.length; i++) {
            if (ended[i] != 1) {
                throw new IllegalStateException("unit " + unitIds.get(i) + " has no open version before " + common.getValue("month"));
            }
        }
    }

    private void writeChanges(List<PlanLine> lines, Map<String, Long> ids, MapSqlParameterSource common) {
        List<SqlParameterSource> rows = new ArrayList<>();
        for (PlanLine line : lines) {
            ChangeKind kind = line.changeKind().orElseThrow();
            String unitCode = kind == ChangeKind.CREATE ? line.newCode() : line.oldCode();
            boolean successor = kind == ChangeKind.MERGE || kind == ChangeKind.SPLIT || kind == ChangeKind.SUCCEED;
            rows.add(params(common).addValue("line", line.line()).addValue("kind", kind.name())
                    .addValue("unitId", ids.get(unitCode))
                    .addValue("successorId", successor ? ids.get(line.newCode()) : null)
                    .addValue("newName", line.newName().isEmpty() ? null : line.newName())
                    .addValue("newLevel", line.unitLevel().map(Enum::name).orElse(null))
                    .addValue("newParentId", line.newParentCode().isEmpty() ? null : ids.get(line.newParentCode())));
        }
        jdbc.batchUpdate("""
                INSERT INTO reorganisation_change (reorganisation_id, line, kind, unit_id, successor_id, new_name, new_level, new_parent_id)
                VALUES (:reorganisationId, :line, :kind, :unitId, :successorId, :newName, :newLevel, :newParentId)""",
                rows.toArray(SqlParameterSource[]::new));
    }

    /**
     * A unit's own row keeps only its identity; its {@code version} still moves on for each unit the plan
     * changes or ends, so that an edit of the unit opened before fails as stale.
     */
    private void moveLocksOn(PlanAnalysis analysis) {
        List<SqlParameterSource> units = new ArrayList<>();
        analysis.changed().forEach(change -> units.add(new MapSqlParameterSource("id", change.unit().id())));
        analysis.endings().forEach(end -> units.add(new MapSqlParameterSource("id", end.unit().id())));
        jdbc.batchUpdate("UPDATE unit SET version = version + 1 WHERE id = :id", units.toArray(SqlParameterSource[]::new));
    }

    private static MapSqlParameterSource params(MapSqlParameterSource common) {
        return new MapSqlParameterSource(common.getValues());
    }
}
