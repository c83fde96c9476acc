package vn.bhxh.tracker.unit;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface UnitSuccessionRepository extends JpaRepository<UnitSuccession, UnitSuccession.Key> {

    @Query("select s from UnitSuccession s join fetch s.successor where s.predecessor.id = :unitId")
    List<UnitSuccession> findSuccessorsOf(@Param("unitId") Long unitId);

    @Query("select s from UnitSuccession s join fetch s.predecessor where s.successor.id = :unitId")
    List<UnitSuccession> findPredecessorsOf(@Param("unitId") Long unitId);
}
