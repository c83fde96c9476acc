package vn.bhxh.tracker.reporting;

import java.util.Optional;

import org.springframework.stereotype.Component;

/** The tests' way to stored self-assessments, whoever owns them: the repository is the reporting module's own. */
@Component
public class StoredSelfAssessments {

    private final SelfAssessmentRepository assessments;

    StoredSelfAssessments(SelfAssessmentRepository assessments) {
        this.assessments = assessments;
    }

    public Optional<SelfAssessment> findById(Long id) {
        return assessments.findById(id);
    }

    public Optional<SelfAssessment> findByUnitAndPeriod(Long unitId, Long periodId) {
        return assessments.findByUnitAndPeriod(unitId, periodId);
    }
}
