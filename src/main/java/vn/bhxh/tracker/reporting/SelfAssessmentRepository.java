package vn.bhxh.tracker.reporting;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import vn.bhxh.tracker.unit.UnitLevel;

interface SelfAssessmentRepository extends JpaRepository<SelfAssessment, Long> {

    /** The report if the scope may read it; another unit's id finds nothing. */
    @Query("""
            select sa from SelfAssessment sa join fetch sa.unit u left join fetch u.parent join fetch sa.period
            where sa.id = :id
              and (:#{#scope.everyUnit()} = true or u.id = :#{#scope.unitId()}
                   or (:#{#scope.withDistricts()} = true and u.parent.id = :#{#scope.unitId()}))
            """)
    Optional<SelfAssessment> findReadable(@Param("id") Long id, @Param("scope") SelfAssessmentScope scope);

    /**
     * The unit's report, if it belongs to the unit (the only way a unit leader reaches a report to
     * change), locked until the transaction ends: saving, submitting and changing evidence
     * take this lock, so that a file cannot slip in while the report is being submitted.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select sa from SelfAssessment sa where sa.id = :id and sa.unit.id = :unitId")
    Optional<SelfAssessment> lockOfUnit(@Param("id") Long id, @Param("unitId") Long unitId);

    /** The checklist version a report was made with; none for an unknown report. */
    @Query("select sa.checklistVersionId from SelfAssessment sa where sa.id = :id")
    Optional<Long> findChecklistVersionId(@Param("id") Long id);

    /** The report's duty reports alone (without the report), in no particular order. */
    @Query("select d from DutyReport d where d.selfAssessment.id = :id")
    List<DutyReport> findDutyReportsOf(@Param("id") Long id);

    /** The id of the report a duty report is part of. */
    @Query("select d.selfAssessment.id from DutyReport d where d.id = :dutyReportId")
    Optional<Long> findIdByDutyReport(@Param("dutyReportId") Long dutyReportId);

    /** Any report, locked until the transaction ends: a reviewer's decision takes this lock. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select sa from SelfAssessment sa where sa.id = :id")
    Optional<SelfAssessment> lockById(@Param("id") Long id);

    @Query("select sa from SelfAssessment sa where sa.unit.id = :unitId and sa.period.id = :periodId")
    Optional<SelfAssessment> findByUnitAndPeriod(@Param("unitId") Long unitId, @Param("periodId") Long periodId);

    @Query("select sa from SelfAssessment sa join fetch sa.period where sa.unit.id = :unitId and sa.period.id in :periodIds")
    List<SelfAssessment> findByUnitAndPeriods(@Param("unitId") Long unitId,
                                              @Param("periodIds") Collection<Long> periodIds);

    /** The unit's latest report before a month, to start a new one from. */
    @Query("""
            select sa from SelfAssessment sa join sa.period p
            where sa.unit.id = :unitId and p.month < :firstDay
            order by p.month desc limit 1
            """)
    Optional<SelfAssessment> findPreviousOf(@Param("unitId") Long unitId, @Param("firstDay") LocalDate firstDay);

    /**
     * The review queue: reports filtered by month, state, level and province (the provincial office
     * and its districts), the longest-waiting first.
     */
    @Query(value = """
            select sa from SelfAssessment sa join fetch sa.unit u left join fetch u.parent join fetch sa.period p
            where (:periodId = 0 or p.id = :periodId)
              and (:state is null or sa.state = :state)
              and (:level is null or u.level = :level)
              and (:provinceId = 0 or u.id = :provinceId or u.parent.id = :provinceId)
            order by sa.lastSubmittedAt asc nulls last, sa.id asc
            """,
            countQuery = """
            select count(sa) from SelfAssessment sa join sa.unit u join sa.period p
            where (:periodId = 0 or p.id = :periodId)
              and (:state is null or sa.state = :state)
              and (:level is null or u.level = :level)
              and (:provinceId = 0 or u.id = :provinceId or u.parent.id = :provinceId)
            """)
    Page<SelfAssessment> findQueue(@Param("periodId") long periodId, @Param("state") SelfAssessmentState state,
                                   @Param("level") UnitLevel level, @Param("provinceId") long provinceId,
                                   Pageable pageable);

    long countByState(SelfAssessmentState state);

    /** A provincial office's and its districts' reports for one period. */
    @Query("""
            select sa from SelfAssessment sa join fetch sa.unit u join fetch sa.period
            where sa.period.id = :periodId and (u.id = :provinceId or u.parent.id = :provinceId)
            """)
    List<SelfAssessment> findOfProvince(@Param("periodId") Long periodId, @Param("provinceId") Long provinceId);
}
