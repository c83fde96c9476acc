package vn.bhxh.tracker.unit;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface UnitVersionRepository extends JpaRepository<UnitVersion, Long> {

    /** A unit's versions, oldest first. */
    List<UnitVersion> findByUnitIdOrderByValidFrom(Long unitId);
}
