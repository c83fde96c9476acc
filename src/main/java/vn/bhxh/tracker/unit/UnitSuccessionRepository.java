package vn.bhxh.tracker.unit;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface UnitSuccessionRepository extends JpaRepository<UnitSuccession, UnitSuccession.Key> {

    /** The links from this unit to the units that continued it, the earliest first. */
    @Query("select s from UnitSuccession s where s.key.predecessorId = :unitId order by s.effectiveOn, s.key.successorId")
    List<UnitSuccession> findSuccessorsOf(@Param("unitId") Long unitId);

    /** The links to this unit from the units it continued, the earliest first. */
    @Query("select s from UnitSuccession s where s.key.successorId = :unitId order by s.effectiveOn, s.key.predecessorId")
    List<UnitSuccession> findPredecessorsOf(@Param("unitId") Long unitId);

    /** The unit and every unit it continued, through any number of successions (V33's unit_lineage). */
    @Query(value = "select l.unit_id from unit_lineage(:unitId) l", nativeQuery = true)
    List<Long> findLineageOf(@Param("unitId") Long unitId);

    /** The same through the successions that took effect by the month that starts on the day. */
    @Query(value = "select l.unit_id from unit_lineage(:unitId, :monthStart) l", nativeQuery = true)
    List<Long> findLineageOf(@Param("unitId") Long unitId, @Param("monthStart") LocalDate monthStart);
}
