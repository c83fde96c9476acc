package vn.bhxh.tracker.review;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ReviewDecisionRepository extends JpaRepository<ReviewDecision, Long> {

    /** The decisions on these submissions (a report's, from the reporting module), newest first, with their comments. */
    @Query("""
            select distinct d from ReviewDecision d left join fetch d.comments
            where d.submissionId in :submissionIds order by d.decidedAt desc
            """)
    List<ReviewDecision> findAllOn(@Param("submissionIds") Collection<Long> submissionIds);
}
