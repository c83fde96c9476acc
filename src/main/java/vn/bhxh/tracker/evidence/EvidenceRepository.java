package vn.bhxh.tracker.evidence;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import vn.bhxh.tracker.reporting.EvidenceFile;

interface EvidenceRepository extends JpaRepository<Evidence, Long> {

    /** The self-assessment an evidence file belongs to, to check who may reach it. */
    @Query("select d.selfAssessment.id from Evidence e join e.dutyReport d where e.id = :id")
    Optional<Long> findAssessmentIdOf(@Param("id") Long id);

    @Query("""
            select new vn.bhxh.tracker.reporting.EvidenceFile(e.id, d.id, e.fileName, e.contentType, e.size, e.sha256,
                   e.uploadedAt, u.fullName, e.submissionNumber)
            from Evidence e join e.dutyReport d join e.uploadedBy u
            where d.selfAssessment.id = :assessmentId
            order by e.uploadedAt, e.id
            """)
    List<EvidenceFile> findFilesOf(@Param("assessmentId") Long assessmentId);

    /** How many files a report holds, and how many bytes, over all its duties and submissions. */
    interface Usage {
        long getFiles();

        long getBytes();
    }

    @Query("""
            select count(e) as files, coalesce(sum(e.size), 0) as bytes
            from Evidence e where e.dutyReport.selfAssessment.id = :assessmentId
            """)
    Usage usageOf(@Param("assessmentId") Long assessmentId);

    /** Marks the report's not yet submitted files with the submission that sends them. */
    @Modifying(flushAutomatically = true)
    @Query("""
            update Evidence e set e.submissionNumber = :number
            where e.submissionNumber is null
              and e.dutyReport.id in (select d.id from DutyReport d where d.selfAssessment.id = :assessmentId)
            """)
    int freeze(@Param("assessmentId") Long assessmentId, @Param("number") int number);
}
