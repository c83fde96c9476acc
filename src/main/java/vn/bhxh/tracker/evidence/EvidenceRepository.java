package vn.bhxh.tracker.evidence;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * The evidence table alone: a report's files are those of its duty reports, whose ids the reporting
 * module gives ({@code SelfAssessments.refOf}); no query here reads another module's table.
 */
interface EvidenceRepository extends JpaRepository<Evidence, Long> {

    /** The duty report an evidence file belongs to, to find its report and check who may reach it. */
    @Query("select e.dutyReportId from Evidence e where e.id = :id")
    Optional<Long> findDutyReportIdOf(@Param("id") Long id);

    @Query("select e from Evidence e where e.dutyReportId in :dutyReportIds order by e.uploadedAt, e.id")
    List<Evidence> findByDutyReports(@Param("dutyReportIds") Collection<Long> dutyReportIds);

    /** How many files a report holds, and how many bytes, over all its duties and submissions. */
    interface Usage {
        long getFiles();

        long getBytes();
    }

    @Query("""
            select count(e) as files, coalesce(sum(e.size), 0) as bytes
            from Evidence e where e.dutyReportId in :dutyReportIds
            """)
    Usage usageOf(@Param("dutyReportIds") Collection<Long> dutyReportIds);

    /** Marks the report's not yet submitted files with the submission that sends them. */
    @Modifying(flushAutomatically = true)
    @Query("""
            update Evidence e set e.submissionNumber = :number
            where e.submissionNumber is null and e.dutyReportId in :dutyReportIds
            """)
    int freeze(@Param("dutyReportIds") Collection<Long> dutyReportIds, @Param("number") int number);
}
