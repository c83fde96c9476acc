package vn.bhxh.tracker.reporting;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SubmissionRepository extends JpaRepository<Submission, Long> {

    @Query("select s from Submission s where s.selfAssessment.id = :assessmentId order by s.number")
    List<Submission> findAllOf(@Param("assessmentId") Long assessmentId);

    @Query("select s from Submission s where s.selfAssessment.id = :assessmentId order by s.number desc limit 1")
    Optional<Submission> findLatestOf(@Param("assessmentId") Long assessmentId);

    /** A report's submissions, only their ids and numbers, in order. */
    List<Numbered> findBySelfAssessmentIdOrderByNumber(Long assessmentId);

    /** A submission's id and number (1, 2…). */
    interface Numbered {

        Long getId();

        int getNumber();
    }
}
