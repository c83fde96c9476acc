package vn.bhxh.tracker.reporting;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;
import vn.bhxh.tracker.account.CurrentUser;
import vn.bhxh.tracker.account.Role;
import vn.bhxh.tracker.checklist.ChecklistService;
import vn.bhxh.tracker.checklist.ChecklistVersionRef;
import vn.bhxh.tracker.system.NotFoundException;
import vn.bhxh.tracker.unit.UnitLevel;

/**
 * The self-assessments as other modules reach them: found, locked and counted here, so that the
 * module's repositories stay its own, and the rule of who may still change a report is written once
 * ({@link #lockEditable}) for the report's text and its evidence alike.
 */
@Component
public class SelfAssessments {

    private final SelfAssessmentRepository assessments;
    private final SubmissionRepository submissions;
    private final ChecklistService checklist;
    private final JsonMapper json;

    SelfAssessments(SelfAssessmentRepository assessments, SubmissionRepository submissions, ChecklistService checklist,
                    JsonMapper json) {
        this.assessments = assessments;
        this.submissions = submissions;
        this.checklist = checklist;
        this.json = json;
    }

    /**
     * The checklist version the report was made with, from the checklist module: its duties in the
     * directive's order, each with its indicators and their bounds.
     */
    @Transactional(readOnly = true)
    public ChecklistVersionRef checklistOf(SelfAssessment assessment) {
        return checklistVersion(assessment.getChecklistVersionId());
    }

    private ChecklistVersionRef checklistVersion(Long versionId) {
        // a foreign key keeps the version a report names
        return checklist.refOf(versionId).orElseThrow(() -> new IllegalStateException("checklist version " + versionId));
    }

    /** The report, if the scope reaches it. */
    @Transactional(readOnly = true)
    public Optional<SelfAssessment> findReadable(Long id, SelfAssessmentScope scope) {
        return assessments.findReadable(id, scope);
    }

    /**
     * Who may change a report, the one rule: a unit leader of the report's own unit, while the unit
     * edits it (a draft, or returned). The pages ask it to offer editing; {@link #lockEditable} and
     * {@link #findEditable} enforce it.
     */
    public boolean canEdit(SelfAssessment assessment, CurrentUser user) {
        return user.hasRole(Role.UNIT_LEADER) && assessment.getUnit().getId().equals(user.unitId())
                && assessment.getState().isEditableByUnit();
    }

    /**
     * The report a unit leader may still change, locked until the caller's transaction ends: a
     * report of the leader's own unit ({@link NotFoundException} otherwise, as for any report out
     * of reach) in a state the unit edits ({@link TransitionNotAllowedException} otherwise).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public SelfAssessment lockEditable(CurrentUser user, Long id) {
        return editable(user, id, () -> assessments.lockOfUnit(id, user.unitId()));
    }

    /**
     * {@link #lockEditable} without the lock: a check before long work (an upload being received),
     * which the work repeats under the lock.
     */
    @Transactional(readOnly = true)
    public SelfAssessment findEditable(CurrentUser user, Long id) {
        return editable(user, id, () -> assessments.findReadable(id, new SelfAssessmentScope(false, user.unitId(), false)));
    }

    /**
     * {@link #lockEditable} for a module that refers to a report without its entity (evidence): the
     * same rule and the same lock, and the report's duty reports by id.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public SelfAssessmentRef lockEditableRef(CurrentUser user, Long id) {
        lockEditable(user, id);
        return refOf(id);
    }

    /** {@link #findEditable} for a module that refers to a report without its entity. */
    @Transactional(readOnly = true)
    public SelfAssessmentRef findEditableRef(CurrentUser user, Long id) {
        findEditable(user, id);
        return refOf(id);
    }

    /**
     * The report's duty reports by id, for a caller that has already found the user allowed to see
     * the report, or that acts for no user (a listener); an unknown report has none.
     */
    @Transactional(readOnly = true)
    public SelfAssessmentRef refOf(Long id) {
        Optional<Long> versionId = assessments.findChecklistVersionId(id);
        if (versionId.isEmpty()) {
            return new SelfAssessmentRef(id, List.of());
        }
        Map<Long, Long> dutyReportIds = new HashMap<>();
        assessments.findDutyReportsOf(id).forEach(report -> dutyReportIds.put(report.getDutyId(), report.getId()));
        // in the directive's order, as the report's checklist version lists its duties
        return new SelfAssessmentRef(id, checklistVersion(versionId.get()).duties().stream()
                .filter(duty -> dutyReportIds.containsKey(duty.id()))
                .map(duty -> new DutyReportRef(dutyReportIds.get(duty.id()), duty.id(), duty.code()))
                .toList());
    }

    /** The id of the report a duty report is part of. */
    @Transactional(readOnly = true)
    public Optional<Long> findIdByDutyReport(Long dutyReportId) {
        return assessments.findIdByDutyReport(dutyReportId);
    }

    /** Whether the scope reaches the report: {@link #findReadable} for a module that needs no more. */
    @Transactional(readOnly = true)
    public boolean isReadable(Long id, SelfAssessmentScope scope) {
        return assessments.findReadable(id, scope).isPresent();
    }

    private SelfAssessment editable(CurrentUser user, Long id, Supplier<Optional<SelfAssessment>> ofOwnUnit) {
        if (!user.hasRole(Role.UNIT_LEADER)) {
            throw new AccessDeniedException("not a unit leader");
        }
        // the query finds only the leader's own unit's reports: any other is out of reach, as for reading
        SelfAssessment assessment = ofOwnUnit.get().orElseThrow(() -> new NotFoundException("self-assessment " + id));
        if (!canEdit(assessment, user)) {
            throw new TransitionNotAllowedException(assessment.getState());
        }
        return assessment;
    }

    /** Any report, locked until the caller's transaction ends (a reviewer's decision). */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<SelfAssessment> lock(Long id) {
        return assessments.lockById(id);
    }

    /** Writes a changed report now, so that a stale version fails here and not at commit. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void saveNow(SelfAssessment assessment) {
        assessments.saveAndFlush(assessment);
    }

    /** The latest submission of a report, if it was ever submitted. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Submission> latestSubmissionOf(Long assessmentId) {
        return submissions.findLatestOf(assessmentId);
    }

    /** The numbers (1, 2…) of a report's submissions, by submission id, in order. */
    @Transactional(readOnly = true)
    public Map<Long, Integer> submissionNumbersOf(Long assessmentId) {
        Map<Long, Integer> numbers = new LinkedHashMap<>();
        submissions.findBySelfAssessmentIdOrderByNumber(assessmentId)
                .forEach(submission -> numbers.put(submission.getId(), submission.getNumber()));
        return numbers;
    }

    /**
     * The review queue: reports filtered by month (period id, 0 for any), state (null for any),
     * level (null for any) and province (the office and its districts, 0 for any), the
     * longest-waiting first.
     */
    @Transactional(readOnly = true)
    public Page<SelfAssessment> queue(long periodId, SelfAssessmentState state, UnitLevel level, long provinceId,
                                      Pageable pageable) {
        return assessments.findQueue(periodId, state, level, provinceId, pageable);
    }

    @Transactional(readOnly = true)
    public long countInState(SelfAssessmentState state) {
        return assessments.countByState(state);
    }

    /** For a resubmission: what changed since the submission before it, by duty id; empty otherwise. */
    @Transactional(readOnly = true)
    public Map<Long, List<SubmissionChanges.Change>> changesSincePreviousSubmission(Long assessmentId) {
        List<Submission> all = submissions.findAllOf(assessmentId);
        if (all.size() < 2) {
            return new HashMap<>();
        }
        return SubmissionChanges.between(SubmissionSnapshot.read(json, all.get(all.size() - 2)),
                SubmissionSnapshot.read(json, all.get(all.size() - 1)));
    }
}
