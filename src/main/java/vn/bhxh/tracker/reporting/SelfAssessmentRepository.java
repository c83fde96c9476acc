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

interface SelfAssessmentRepository extends JpaRepository<SelfAssessment, Long> {

    /**
     * The id of the report if the scope may read it: any report for {@code everyUnit}, else one whose
     * unit and month the reader's unit reads whole ({@code reads_report_whole}, V34).
     */
    @Query(value = """
            SELECT sa.id FROM self_assessment sa JOIN reporting_period p ON p.id = sa.period_id
            WHERE sa.id = :id
              AND (:everyUnit OR reads_report_whole(:readerUnitId, :oversees, sa.unit_id, p.month))
            """, nativeQuery = true)
    Optional<Long> findReadableId(@Param("id") Long id, @Param("everyUnit") boolean everyUnit,
                                  @Param("readerUnitId") long readerUnitId, @Param("oversees") boolean oversees);

    /** Whether the reader's unit reads the report whole ({@code reads_report_whole}, V34); none for an unknown report. */
    @Query(value = """
            SELECT reads_report_whole(:readerUnitId, :oversees, sa.unit_id, p.month)
            FROM self_assessment sa JOIN reporting_period p ON p.id = sa.period_id
            WHERE sa.id = :id
            """, nativeQuery = true)
    Optional<Boolean> readsWhole(@Param("id") Long id, @Param("readerUnitId") long readerUnitId,
                                 @Param("oversees") boolean oversees);

    /**
     * The units whose reports of a month the reader's unit reads whole: V38's {@code units_read_whole},
     * the set {@code reads_report_whole} asks of (one rule), in force that month or not.
     */
    @Query(value = "SELECT unit_id FROM units_read_whole(:readerUnitId, :oversees, CAST(:month AS date))", nativeQuery = true)
    List<Long> findUnitIdsReadWhole(@Param("readerUnitId") long readerUnitId, @Param("oversees") boolean oversees,
                                    @Param("month") LocalDate month);

    /**
     * The reports of these units for these periods, with their periods (a unit leader's history shows
     * those of the units their unit continued).
     */
    @Query("""
            select sa from SelfAssessment sa join fetch sa.period
            where sa.unitId in :unitIds and sa.period.id in :periodIds
            """)
    List<SelfAssessment> findOfUnitsAndPeriods(@Param("unitIds") Collection<Long> unitIds,
                                               @Param("periodIds") Collection<Long> periodIds);

    /** The unit a report belongs to (which never changes); none for an unknown report. */
    @Query("select sa.unitId from SelfAssessment sa where sa.id = :id")
    Optional<Long> findUnitIdOf(@Param("id") Long id);

    /** The report with its period, if it belongs to the unit (the only way a unit leader reaches a report to change). */
    @Query("select sa from SelfAssessment sa join fetch sa.period where sa.id = :id and sa.unitId = :unitId")
    Optional<SelfAssessment> findOfUnit(@Param("id") Long id, @Param("unitId") Long unitId);

    /** The report with its period. */
    @Query("select sa from SelfAssessment sa join fetch sa.period where sa.id = :id")
    Optional<SelfAssessment> findWithPeriodById(@Param("id") Long id);

    /**
     * The unit's report, if it belongs to the unit (the only way a unit leader reaches a report to
     * change), locked until the transaction ends: saving, submitting and changing evidence
     * take this lock, so that a file cannot slip in while the report is being submitted.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select sa from SelfAssessment sa where sa.id = :id and sa.unitId = :unitId")
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

    @Query("select sa from SelfAssessment sa where sa.unitId = :unitId and sa.period.id = :periodId")
    Optional<SelfAssessment> findByUnitAndPeriod(@Param("unitId") Long unitId, @Param("periodId") Long periodId);

    @Query("select sa from SelfAssessment sa join fetch sa.period where sa.unitId = :unitId and sa.period.id in :periodIds")
    List<SelfAssessment> findByUnitAndPeriods(@Param("unitId") Long unitId,
                                              @Param("periodIds") Collection<Long> periodIds);

    /** The unit's latest report before a month, to start a new one from. */
    @Query("""
            select sa from SelfAssessment sa join sa.period p
            where sa.unitId = :unitId and p.month < :firstDay
            order by p.month desc limit 1
            """)
    Optional<SelfAssessment> findPreviousOf(@Param("unitId") Long unitId, @Param("firstDay") LocalDate firstDay);

    /**
     * The reports of the review queue, filtered by month (period id, 0 for any), state ('' for any),
     * level ('' for any) and province (its provincial office's id, 0 for any). A report's level and
     * province are its unit's in the report's month, as that month's version gives them
     * ({@code month_span_holds}): a district office that moved to another province is under the first
     * for its reports of the months before.
     */
    String QUEUE = """
            FROM self_assessment sa
            JOIN reporting_period p ON p.id = sa.period_id
            LEFT JOIN unit_version u ON u.unit_id = sa.unit_id AND month_span_holds(u.valid_from, u.valid_to, p.month)
            WHERE (:periodId = 0 OR sa.period_id = :periodId)
              AND (:state = '' OR sa.state = :state)
              AND (:level = '' OR u.level = :level)
              AND (:provinceId = 0 OR u.unit_id = :provinceId OR u.parent_id = :provinceId)
            """;

    /** The review queue ({@link #QUEUE}), a page of report ids, the longest-waiting first. */
    @Query(value = "SELECT sa.id " + QUEUE + "ORDER BY sa.last_submitted_at ASC NULLS LAST, sa.id ASC",
            countQuery = "SELECT count(*) " + QUEUE, nativeQuery = true)
    Page<Long> findQueueIds(@Param("periodId") long periodId, @Param("state") String state, @Param("level") String level,
                            @Param("provinceId") long provinceId, Pageable pageable);

    /** These reports with their periods, in no particular order. */
    @Query("select sa from SelfAssessment sa join fetch sa.period where sa.id in :ids")
    List<SelfAssessment> findWithPeriodByIdIn(@Param("ids") Collection<Long> ids);

    long countByState(SelfAssessmentState state);

    /** These units' reports for one period (a provincial director's circle). */
    @Query("""
            select sa from SelfAssessment sa join fetch sa.period
            where sa.period.id = :periodId and sa.unitId in :unitIds
            """)
    List<SelfAssessment> findOfUnits(@Param("periodId") Long periodId, @Param("unitIds") Collection<Long> unitIds);
}
