package vn.bhxh.tracker.reporting;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.modulith.NamedInterface;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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
import vn.bhxh.tracker.unit.UnitDirectory;
import vn.bhxh.tracker.unit.UnitLevel;

/**
 * The self-assessments as other modules reach them: found, locked and counted here, so that the
 * module's repositories stay its own, and the rule of who may still change a report is written once
 * ({@link #lockEditable}) for the report's text and its evidence alike. A reviewer's decision changes
 * the report's state here too ({@link #accept}, {@link #returnForRevision}, {@link #reopen}), the
 * report guarding its own transitions.
 */
@Component
@NamedInterface(name = "api", propagate = false)
public class SelfAssessments {

    private final SelfAssessmentRepository assessments;
    private final SubmissionRepository submissions;
    private final ChecklistService checklist;
    private final ReportUnits reportUnits;
    private final JsonMapper json;
    private final UnitDirectory units;
    private final Clock clock;

    SelfAssessments(SelfAssessmentRepository assessments, SubmissionRepository submissions, ChecklistService checklist,
                    ReportUnits reportUnits, JsonMapper json, UnitDirectory units, Clock clock) {
        this.assessments = assessments;
        this.submissions = submissions;
        this.checklist = checklist;
        this.reportUnits = reportUnits;
        this.json = json;
        this.units = units;
        this.clock = clock;
    }

    /** Whose reports the user may read ({@link SelfAssessmentScope}). */
    @Transactional(readOnly = true)
    public SelfAssessmentScope scopeOf(CurrentUser user) {
        return SelfAssessmentScope.of(user);
    }

    /**
     * Whether the scope reads the report whole, as it stands, drafts and revisions in progress included
     * ({@code reads_report_whole}, V34, the one rule): its unit's leaders and those of every unit that
     * continued it, and the directors of the provinces it was under that month or later.
     */
    @Transactional(readOnly = true)
    public boolean readsWhole(SelfAssessment report, SelfAssessmentScope scope) {
        return scope.readerUnitId() != null
                && assessments.readsWhole(report.getId(), scope.readerUnitForQuery(), scope.oversees()).orElse(false);
    }

    /**
     * The checklist version the report was made with, from the checklist module: its duties in the
     * directive's order, each with its indicators and their bounds.
     */
    @Transactional(readOnly = true)
    public ChecklistVersionRef checklistOf(SelfAssessment assessment) {
        return checklistVersion(assessment.getChecklistVersionId());
    }

    /** {@link #checklistOf(SelfAssessment)} for a module that refers to the report by id; none for an unknown report. */
    @Transactional(readOnly = true)
    public Optional<ChecklistVersionRef> checklistOf(Long assessmentId) {
        return assessments.findChecklistVersionId(assessmentId).map(this::checklistVersion);
    }

    private ChecklistVersionRef checklistVersion(Long versionId) {
        // a foreign key keeps the version a report names
        return checklist.refOf(versionId).orElseThrow(() -> new IllegalStateException("checklist version " + versionId));
    }

    /** The report, if the scope reaches it. */
    @Transactional(readOnly = true)
    public Optional<SelfAssessment> findReadable(Long id, SelfAssessmentScope scope) {
        return readableId(id, scope).flatMap(assessments::findWithPeriodById);
    }

    private Optional<Long> readableId(Long id, SelfAssessmentScope scope) {
        return assessments.findReadableId(id, scope.everyUnit(), scope.readerUnitForQuery(), scope.oversees());
    }

    /**
     * Who may change a report, the one rule: a unit leader whose unit changes the reports of the
     * report's unit ({@link #changesReportsOf}), while the unit edits it (a draft, or returned). The pages
     * ask it to offer editing; {@link #lockEditable} and {@link #findEditable} enforce it.
     */
    public boolean canEdit(SelfAssessment assessment, CurrentUser user) {
        return user.hasRole(Role.UNIT_LEADER) && changesReportsOf(user.unitId(), assessment.getUnitId())
                && assessment.getState().isEditableByUnit();
    }

    /**
     * Whose reports a unit's leaders change: their own unit's, and those its predecessors left open, the
     * units in its lineage ({@link UnitDirectory#lineageOf}) no longer in force this month (their people
     * have moved on; a unit still in force is only ever changed by its own leaders). The report stays its
     * unit's.
     */
    private boolean changesReportsOf(Long leaderUnitId, Long reportUnitId) {
        return leaderUnitId != null && reportUnitId != null
                && (leaderUnitId.equals(reportUnitId) || finishesForPredecessor(leaderUnitId, reportUnitId));
    }

    private boolean finishesForPredecessor(Long leaderUnitId, Long reportUnitId) {
        return !leaderUnitId.equals(reportUnitId) && units.lineageOf(leaderUnitId).contains(reportUnitId)
                && units.refInEffect(reportUnitId).isEmpty();
    }

    /**
     * The unit whose leaders may answer for the report's duties, as this user changes it: the report's
     * own unit, or, for a predecessor's report the user's unit finishes, the user's unit (the predecessor's
     * leaders are there now, or gone).
     */
    Long answeringUnitOf(SelfAssessment assessment, CurrentUser user) {
        return user.unitId() != null && finishesForPredecessor(user.unitId(), assessment.getUnitId())
                ? user.unitId() : assessment.getUnitId();
    }

    /**
     * The report a unit leader may still change, locked until the caller's transaction ends: a
     * report whose unit the leader's unit changes the reports of ({@link NotFoundException} otherwise,
     * as for any report out of reach) in a state the unit edits ({@link TransitionNotAllowedException}
     * otherwise).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public SelfAssessment lockEditable(CurrentUser user, Long id) {
        return editable(user, id, unitId -> assessments.lockOfUnit(id, unitId));
    }

    /**
     * {@link #lockEditable} without the lock: a check before long work (an upload being received),
     * which the work repeats under the lock.
     */
    @Transactional(readOnly = true)
    public SelfAssessment findEditable(CurrentUser user, Long id) {
        return editable(user, id, unitId -> assessments.findOfUnit(id, unitId));
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
        return readableId(id, scope).isPresent();
    }

    private SelfAssessment editable(CurrentUser user, Long id, Function<Long, Optional<SelfAssessment>> ofUnit) {
        if (!user.hasRole(Role.UNIT_LEADER)) {
            throw new AccessDeniedException("not a unit leader");
        }
        // a report of a unit whose reports the leader's unit does not change is out of reach, as for reading
        SelfAssessment assessment = assessments.findUnitIdOf(id).filter(unitId -> changesReportsOf(user.unitId(), unitId))
                .flatMap(ofUnit).orElseThrow(() -> new NotFoundException("self-assessment " + id));
        if (!canEdit(assessment, user)) {
            throw new TransitionNotAllowedException(assessment.getState());
        }
        return assessment;
    }

    /**
     * The report as a list shows it ({@link SelfAssessmentSummary}), if the reader may read it;
     * {@link NotFoundException} otherwise, as for any report out of reach.
     */
    @Transactional(readOnly = true)
    public SelfAssessmentSummary summaryOf(Long id, CurrentUser reader) {
        return findReadable(id, scopeOf(reader)).map(report -> summariesOf(List.of(report)).get(0))
                .orElseThrow(() -> new NotFoundException("self-assessment " + id));
    }

    /**
     * Any report, locked until the caller's transaction ends, for a reviewer's decision; none for an
     * unknown report. A decision on several reports skips those that changed since they were seen.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<LockedSelfAssessment> lockForDecision(Long id) {
        return assessments.lockById(id).map(LockedSelfAssessment::of);
    }

    /**
     * {@link #lockForDecision(Long)} at the version the reviewer saw: {@link NotFoundException} for an
     * unknown report, {@link ObjectOptimisticLockingFailureException} for one that changed since.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public LockedSelfAssessment lockForDecision(Long id, long seenVersion) {
        LockedSelfAssessment report = lockForDecision(id).orElseThrow(() -> new NotFoundException("self-assessment " + id));
        if (report.version() != seenVersion) {
            throw new ObjectOptimisticLockingFailureException(SelfAssessment.class, id);
        }
        return report;
    }

    /**
     * A reviewer accepts the report's latest submission: submitted → accepted
     * ({@link TransitionNotAllowedException} from any other state), written now.
     *
     * @return the submission decided on
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public SubmissionRef accept(Long id, CurrentUser reviewer) {
        return decide(id, reviewer, SelfAssessment::markAccepted);
    }

    /**
     * A reviewer returns the report's latest submission for revision: submitted → returned
     * ({@link TransitionNotAllowedException} from any other state), written now.
     *
     * @return the submission decided on
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public SubmissionRef returnForRevision(Long id, CurrentUser reviewer) {
        return decide(id, reviewer, SelfAssessment::markReturned);
    }

    /** A reviewer reopens an accepted report: accepted → returned ({@link TransitionNotAllowedException} otherwise), written now. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void reopen(Long id, CurrentUser reviewer) {
        change(id, reviewer, SelfAssessment::reopen);
    }

    private SubmissionRef decide(Long id, CurrentUser reviewer, Transition transition) {
        change(id, reviewer, transition);
        Submission latest = submissions.findLatestOf(id).orElseThrow();
        return new SubmissionRef(latest.getId(), latest.getNumber());
    }

    /** Applies a reviewer's transition under the report's lock, and writes it now, so that a stale version fails here. */
    private void change(Long id, CurrentUser reviewer, Transition transition) {
        SelfAssessment report = assessments.lockById(id).orElseThrow(() -> new NotFoundException("self-assessment " + id));
        transition.apply(report, reviewer.id(), clock.instant());
        assessments.saveAndFlush(report);
    }

    /** One of the report's guarded state changes by a reviewer. */
    private interface Transition {

        void apply(SelfAssessment report, Long reviewerId, Instant now);
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
     * The review queue: reports, as summaries, filtered by month (period id, 0 for any), state (null for any),
     * level (null for any) and province (the provincial office and the units under it, 0 for any), the
     * longest-waiting first. A report's level and province are its unit's in the report's month.
     */
    @Transactional(readOnly = true)
    public Page<SelfAssessmentSummary> queue(long periodId, SelfAssessmentState state, UnitLevel level, long provinceId,
                                             Pageable pageable) {
        Page<Long> ids = assessments.findQueueIds(periodId, state == null ? "" : state.name(),
                level == null ? "" : level.name(), provinceId, pageable);
        Map<Long, SelfAssessment> byId = assessments.findWithPeriodByIdIn(ids.getContent()).stream()
                .collect(Collectors.toMap(SelfAssessment::getId, report -> report));
        return new PageImpl<>(summariesOf(ids.getContent().stream().map(byId::get).toList()), pageable, ids.getTotalElements());
    }

    /**
     * The reports as summaries, in the same order, each unit named and placed as in the report's month
     * ({@link ReportUnits}), in one query whatever their number.
     */
    private List<SelfAssessmentSummary> summariesOf(List<SelfAssessment> reports) {
        Map<Long, ReportUnits.Placed> placed = reportUnits.of(reports);
        return reports.stream().map(report -> SelfAssessmentSummary.of(report, placed.get(report.getId()).unit(),
                placed.get(report.getId()).parent(),
                report.getPeriod().timeliness(report.getFirstSubmittedAt(), clock.instant(), clock.getZone()))).toList();
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
