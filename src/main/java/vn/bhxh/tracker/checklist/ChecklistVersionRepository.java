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

    /**
     * The version in force in the month that starts on {@code firstDay}, by the SQL function that the
     * figures use too ({@code checklist_version_in_force}, V28), so that the rule is written once.
     */
    @Query("""
            select v from ChecklistVersion v join fetch v.directive
            where v.id = function('checklist_version_in_force', :firstDay)
            """)
    Optional<ChecklistVersion> findInForce(@Param("firstDay") LocalDate firstDay);

    /** A version's duties in the directive's order, with their indicators, in one query. */
    @Query("""
            select d from Duty d left join fetch d.indicators
            where d.checklistVersion.id = :versionId order by d.position
            """)
    List<Duty> findDutiesOf(@Param("versionId") Long versionId);
}
