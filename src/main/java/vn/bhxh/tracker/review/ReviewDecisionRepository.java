package vn.bhxh.tracker.review;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ReviewDecisionRepository extends JpaRepository<ReviewDecision, Long> {

    @Query("""
            select distinct d from ReviewDecision d join fetch d.submission s join fetch d.decidedBy
            left join fetch d.comments
            where s.selfAssessment.id = :assessmentId order by d.decidedAt desc
            """)
    List<ReviewDecision> findAllOf(@Param("assessmentId") Long assessmentId);
}
