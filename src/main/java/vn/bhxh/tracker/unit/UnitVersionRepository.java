package vn.bhxh.tracker.unit;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Units as their versions give them. A month is passed as its first day ({@code :month}). "In force in
 * a month" is V29's {@code unit_tree(month)}, which reads {@code month_span_holds}; a unit shown for a
 * month it may not have existed in is shown by its nearest version ({@link #NEAREST_FIRST}).
 */
interface UnitVersionRepository extends JpaRepository<UnitVersion, Long> {

    /**
     * The order that puts first, among one unit's versions, the one that stands for it in the month
     * {@code at_month}: the version holding that month; for a month it did not exist in, its last
     * version before the month (a unit that has ended shows as it last was), or else its first after
     * (a unit not yet created shows as it will start). Written over the columns {@code valid_from},
     * {@code valid_to} and {@code at_month}, so that every query that picks a version by it names them so.
     */
    String NEAREST_FIRST = """
            month_span_holds(valid_from, valid_to, at_month) DESC, valid_from <= at_month DESC,
            abs(valid_from - at_month)""";

    /** Each of some units' versions, with {@code at_month} the month asked for. */
    String VERSIONS_AT_MONTH = """
            SELECT v.unit_id, u.code, v.name, v.level, v.parent_id, v.valid_from, v.valid_to, CAST(:month AS date) AS at_month
            FROM unit_version v JOIN unit u ON u.id = v.unit_id""";

    /** The columns of a {@link Row}, from a row of {@link #VERSIONS_AT_MONTH}. */
    String ROW = "unit_id, code, name, level, parent_id";

    /** A unit's versions, oldest first. */
    List<UnitVersion> findByUnitIdOrderByValidFrom(Long unitId);

    /** The units in force in the month, in the hierarchy's order: level first, then code. */
    @Query(value = """
            SELECT unit_id, code, name, level, parent_id FROM unit_tree(CAST(:month AS date))
            ORDER BY CASE level WHEN 'AGENCY' THEN 0 WHEN 'CENTRAL' THEN 1 WHEN 'PROVINCE' THEN 2 ELSE 3 END, code
            """, nativeQuery = true)
    List<Row> findTree(@Param("month") LocalDate month);

    /** The units of a level in force in the month, by code. */
    @Query(value = """
            SELECT unit_id, code, name, level, parent_id FROM unit_tree(CAST(:month AS date))
            WHERE level = :level ORDER BY code
            """, nativeQuery = true)
    List<Row> findTreeOfLevel(@Param("level") String level, @Param("month") LocalDate month);

    /** The unit of this level and code, if one of its versions holds the month. */
    @Query(value = """
            SELECT unit_id, code, name, level, parent_id FROM unit_tree(CAST(:month AS date))
            WHERE level = :level AND code = :code
            """, nativeQuery = true)
    Optional<Row> findInTreeByLevelAndCode(@Param("level") String level, @Param("code") String code,
                                           @Param("month") LocalDate month);

    /** The units right under a unit in the month, by code. */
    @Query(value = """
            SELECT unit_id, code, name, level, parent_id FROM unit_tree(CAST(:month AS date))
            WHERE parent_id = :parentId ORDER BY code
            """, nativeQuery = true)
    List<Row> findTreeChildren(@Param("parentId") Long parentId, @Param("month") LocalDate month);

    /** The unit, if one of its versions holds the month. */
    @Query(value = """
            SELECT unit_id, code, name, level, parent_id FROM unit_tree(CAST(:month AS date)) WHERE unit_id = :id
            """, nativeQuery = true)
    Optional<Row> findInTree(@Param("id") Long id, @Param("month") LocalDate month);

    /** How many units of each level are in force in the month. */
    @Query(value = "SELECT level, count(*) AS count FROM unit_tree(CAST(:month AS date)) GROUP BY level", nativeQuery = true)
    List<LevelCount> countTreeByLevel(@Param("month") LocalDate month);

    /** These units by id, each as its nearest version to the month gives it; an unknown id is left out. */
    @Query(value = "SELECT DISTINCT ON (unit_id) " + ROW + " FROM (" + VERSIONS_AT_MONTH + " WHERE v.unit_id IN (:ids)) version"
            + " ORDER BY unit_id, " + NEAREST_FIRST, nativeQuery = true)
    List<Row> findNearest(@Param("ids") Collection<Long> ids, @Param("month") LocalDate month);

    /** These units by code, each as its nearest version to the month gives it; an unknown code is left out. */
    @Query(value = "SELECT DISTINCT ON (unit_id) " + ROW + " FROM (" + VERSIONS_AT_MONTH + " WHERE u.code IN (:codes)) version"
            + " ORDER BY unit_id, " + NEAREST_FIRST, nativeQuery = true)
    List<Row> findNearestByCode(@Param("codes") Collection<String> codes, @Param("month") LocalDate month);

    /**
     * For each of these units, the unit above it in the month (by the unit's nearest version), as that
     * unit's own nearest version to the month gives it; a unit under none is left out.
     */
    @Query(value = "SELECT child.unit_id AS child_id, parent.unit_id, parent.code, parent.name, parent.level, parent.parent_id"
            + " FROM (SELECT DISTINCT ON (unit_id) unit_id, parent_id FROM (" + VERSIONS_AT_MONTH + " WHERE v.unit_id IN (:ids)) version"
            + " ORDER BY unit_id, " + NEAREST_FIRST + ") child"
            + " JOIN LATERAL (SELECT " + ROW + " FROM (" + VERSIONS_AT_MONTH + " WHERE v.unit_id = child.parent_id) version"
            + " ORDER BY " + NEAREST_FIRST + " LIMIT 1) parent ON true", nativeQuery = true)
    List<ParentRow> findNearestParents(@Param("ids") Collection<Long> ids, @Param("month") LocalDate month);

    /**
     * Each unit asked for ({@code ids[i]}) as its nearest version to its own month ({@code months[i]}, a
     * first day) gives it, numbered by its place in the arrays from 1 ({@code asked}); one query. An unknown
     * id is left out.
     */
    @Query(value = "SELECT asked.n AS asked, nearest.unit_id, nearest.code, nearest.name, nearest.level, nearest.parent_id"
            + " FROM unnest(CAST(:ids AS bigint[]), CAST(:months AS date[])) WITH ORDINALITY AS asked(unit_id, at_month, n)"
            + " CROSS JOIN LATERAL (SELECT " + ROW + " FROM (SELECT v.unit_id, u.code, v.name, v.level, v.parent_id,"
            + " v.valid_from, v.valid_to, asked.at_month AS at_month FROM unit_version v JOIN unit u ON u.id = v.unit_id"
            + " WHERE v.unit_id = asked.unit_id) version ORDER BY " + NEAREST_FIRST + " LIMIT 1) nearest", nativeQuery = true)
    List<AskedRow> findNearestEach(@Param("ids") Long[] ids, @Param("months") LocalDate[] months);

    /** The id of the unit's version that stands for it in the month ({@link #NEAREST_FIRST}); none for a unit without versions. */
    @Query(value = "SELECT id FROM (SELECT v.id, v.valid_from, v.valid_to, CAST(:month AS date) AS at_month"
            + " FROM unit_version v WHERE v.unit_id = :unitId) version ORDER BY " + NEAREST_FIRST + " LIMIT 1", nativeQuery = true)
    Optional<Long> findNearestVersionId(@Param("unitId") Long unitId, @Param("month") LocalDate month);

    /** Those of these units in force in the month, as that month's versions give them, in no particular order. */
    @Query(value = """
            SELECT unit_id, code, name, level, parent_id FROM unit_tree(CAST(:month AS date)) WHERE unit_id IN (:ids)
            """, nativeQuery = true)
    List<Row> findInTreeAmong(@Param("ids") Collection<Long> ids, @Param("month") LocalDate month);

    /**
     * For each of these units, the first change after the month that brought it under the office: its
     * first later version under the office (a move), and its first succession that took effect after the
     * month (a merge or a split), each with its decision's number (null where no decision is recorded).
     */
    @Query(value = """
            SELECT asked.id AS unit_id, moved.valid_from AS moved_from, moved.decision_number AS moved_by,
                   joined.successor_id AS successor_id, joined.effective_on AS joined_on,
                   joined.decision_number AS joined_by
            FROM unit asked
            LEFT JOIN LATERAL (
                SELECT v.valid_from, r.decision_number
                FROM unit_version v LEFT JOIN reorganisation r ON r.id = v.reorganisation_id
                WHERE v.unit_id = asked.id AND v.parent_id = :officeId AND v.valid_from > CAST(:month AS date)
                ORDER BY v.valid_from LIMIT 1) moved ON true
            LEFT JOIN LATERAL (
                SELECT s.successor_id, s.effective_on, r.decision_number
                FROM unit_succession s LEFT JOIN reorganisation r ON r.id = s.reorganisation_id
                WHERE s.predecessor_id = asked.id AND s.effective_on > CAST(:month AS date)
                ORDER BY s.effective_on,
                         -- of a split, the successor that is the office or sits under it then
                         NOT (s.successor_id = :officeId OR EXISTS (
                             SELECT 1 FROM unit_version sv WHERE sv.unit_id = s.successor_id AND sv.parent_id = :officeId
                               AND month_span_holds(sv.valid_from, sv.valid_to, s.effective_on))),
                         s.successor_id
                LIMIT 1) joined ON true
            WHERE asked.id IN (:ids)
            """, nativeQuery = true)
    List<ArrivalRow> findArrivals(@Param("officeId") Long officeId, @Param("ids") Collection<Long> ids,
                                  @Param("month") LocalDate month);

    /** A row of {@link #findArrivals}. */
    interface ArrivalRow {
        Long getUnitId();

        LocalDate getMovedFrom();

        String getMovedBy();

        Long getSuccessorId();

        LocalDate getJoinedOn();

        String getJoinedBy();
    }

    /** A unit as one of its versions gives it. */
    interface Row {
        Long getUnitId();

        String getCode();

        String getName();

        String getLevel();

        Long getParentId();

        default UnitRef ref() {
            return new UnitRef(getUnitId(), getCode(), getName(), UnitLevel.valueOf(getLevel()));
        }
    }

    /** The unit asked for in the place {@code asked} (from 1) of {@link #findNearestEach}'s arrays. */
    interface AskedRow extends Row {
        long getAsked();
    }

    /** The unit above the unit {@code childId}. */
    interface ParentRow extends Row {
        Long getChildId();
    }

    /** How many units of one level are in force in a month. */
    interface LevelCount {
        String getLevel();

        long getCount();
    }
}
