package vn.bhxh.tracker.unit;

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
}
