package vn.bhxh.tracker.checklist;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ChecklistVersionRepository extends JpaRepository<ChecklistVersion, Long> {

    /** Every version, newest first. */
    @Query("select v from ChecklistVersion v join fetch v.directive order by v.effectiveFrom desc")
    List<ChecklistVersion> findAllNewestFirst();

    /** The version in force in the month that starts on {@code firstDay}. */
    @Query("""
            select v from ChecklistVersion v join fetch v.directive
            where v.effectiveFrom <= :firstDay and (v.effectiveTo is null or v.effectiveTo >= :firstDay)
            order by v.effectiveFrom desc limit 1
            """)
    Optional<ChecklistVersion> findInForce(@Param("firstDay") LocalDate firstDay);
}
