package vn.bhxh.tracker.reporting;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.validation.Valid;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.NamedInterface;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import tools.jackson.databind.json.JsonMapper;
import vn.bhxh.tracker.account.CurrentUser;
import vn.bhxh.tracker.account.Role;
import vn.bhxh.tracker.audit.AuditLog;
import vn.bhxh.tracker.checklist.ChecklistService;
import vn.bhxh.tracker.checklist.ChecklistVersionRef;
import vn.bhxh.tracker.checklist.DutyRef;
import vn.bhxh.tracker.system.NotFoundException;
import vn.bhxh.tracker.system.RejectedInputException;
import vn.bhxh.tracker.system.Rejections;
import vn.bhxh.tracker.unit.UnitArrival;
import vn.bhxh.tracker.unit.UnitDirectory;
import vn.bhxh.tracker.unit.UnitLevel;
import vn.bhxh.tracker.unit.UnitRef;

/**
 * A unit leader's side of the monthly cycle: start a report, save drafts, submit. Every rule is
 * checked here, on the server, and every save and state change leaves an audit event. The forms it
 * takes are checked against their constraints again on the way in ({@code @Valid}, method validation:
 * a {@code jakarta.validation.ConstraintViolationException}, which only a caller that skips the
 * controller meets).
 */
@Service
@Transactional
@Validated
@NamedInterface(name = "api", propagate = false)
public class SelfAssessmentService {

    public static final String AUDIT_TARGET = "SELF_ASSESSMENT";
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final SelfAssessmentRepository assessments;
    private final SubmissionRepository submissions;
    private final SelfAssessments reports;
    private final ReportingPeriods periods;
    private final ChecklistService checklist;
    private final UnitDirectory unitDirectory;
    private final UnitLeaders unitLeaders;
    private final AuditLog auditLog;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SelfAssessmentService(SelfAssessmentRepository assessments, SubmissionRepository submissions, SelfAssessments reports,
                          ReportingPeriods periods, ChecklistService checklist, UnitDirectory unitDirectory,
                          UnitLeaders unitLeaders, AuditLog auditLog, JsonMapper json, ApplicationEventPublisher events,
                          Clock clock) {
        this.assessments = assessments;
        this.submissions = submissions;
        this.reports = reports;
        this.periods = periods;
        this.checklist = checklist;
        this.unitDirectory = unitDirectory;
        this.unitLeaders = unitLeaders;
        this.auditLog = auditLog;
        this.json = json;
        this.events = events;
        this.clock = clock;
    }

    /** A report the user may read, with its duties, figures and leaders loaded; 404 for anyone else. */
    @Transactional(readOnly = true)
    public SelfAssessment getReadable(Long id, CurrentUser user) {
        SelfAssessment assessment = reports.findReadable(id, reports.scopeOf(user))
                .orElseThrow(() -> new NotFoundException("self-assessment " + id));
        return loaded(assessment);
    }

    /**
     * The report's form as it stands (what the edit page opens with), for a report the user may
     * read; 404 for anyone else.
     */
    @Transactional(readOnly = true)
    public SelfAssessmentForm formOf(Long id, CurrentUser user) {
        SelfAssessment assessment = getReadable(id, user);
        return SelfAssessmentForm.of(assessment, reports.checklistOf(assessment));
    }

    /** Whether this user may change this report now ({@link SelfAssessments#canEdit}, the one rule). */
    @Transactional(propagation = Propagation.SUPPORTS)
    public boolean canEdit(SelfAssessment assessment, CurrentUser user) {
        return reports.canEdit(assessment, user);
    }

    /**
     * A provincial director's month: every unit in force that month whose report of the month the
     * director reads whole (V38's {@code units_read_whole}, the rule of {@code reads_report_whole}), each
     * as that month's version names it, with its report. In order: their office and the district offices
     * under it that month, by code; then each office it continued that was in force that month, with its
     * district offices (Hà Giang's office and its district offices for the director of Tuyên Quang's, in
     * the months before they merged); then the units that came under the office later, by code (a district
     * office that moved in brings its months before). Each unit that was not the office's own that month
     * (neither the office nor under it) comes with where it stood and how it came ({@link Elsewhere}).
     * No unit at all if none was in force that month.
     */
    public ProvinceMonth provinceMonth(CurrentUser director, ReportingPeriodRef period) {
        if (!director.hasRole(Role.PROVINCE_DIRECTOR) || director.unitId() == null) {
            throw new AccessDeniedException("not a provincial director");
        }
        Long office = director.unitId();
        YearMonth month = period.month();
        Map<Long, UnitRef> inForce = unitDirectory.refsInEffect(
                assessments.findUnitIdsReadWhole(office, true, month.atDay(1)), month);
        Map<Long, UnitRef> parents = unitDirectory.parentsOf(inForce.keySet(), month);
        List<UnitRef> units = inProvinceOrder(office, inForce, parents);
        List<Long> notOwn = units.stream().map(UnitRef::id)
                .filter(id -> !id.equals(office) && (!parents.containsKey(id) || !parents.get(id).id().equals(office)))
                .toList();
        Map<Long, UnitArrival> arrivals = unitDirectory.arrivalsUnder(office, notOwn, month);
        Map<Long, Elsewhere> elsewhere = new HashMap<>();
        notOwn.forEach(id -> elsewhere.put(id, new Elsewhere(
                inForce.get(id).level() == UnitLevel.DISTRICT ? parents.get(id) : null, arrivals.get(id))));
        Map<Long, SelfAssessment> byUnit = units.isEmpty() ? Map.of()
                : assessments.findOfUnits(period.id(), units.stream().map(UnitRef::id).toList()).stream()
                        .collect(Collectors.toMap(SelfAssessment::getUnitId, sa -> sa));
        return new ProvinceMonth(units, byUnit, elsewhere);
    }

    /**
     * The units of a director's month in the page's order: the office and the units under it that month,
     * by code; each office it continued that is among them, by id, with the units under it; the rest by code.
     */
    private List<UnitRef> inProvinceOrder(Long office, Map<Long, UnitRef> inForce, Map<Long, UnitRef> parents) {
        Comparator<UnitRef> byCode = Comparator.comparing(UnitRef::code);
        List<Long> offices = Stream.concat(Stream.of(office),
                unitDirectory.lineageOf(office).stream().filter(id -> !id.equals(office)).sorted()).toList();
        List<UnitRef> units = new ArrayList<>();
        for (Long id : offices) {
            if (inForce.containsKey(id)) {
                units.add(inForce.get(id));
                inForce.values().stream()
                        .filter(unit -> !offices.contains(unit.id()) && parents.containsKey(unit.id())
                                && parents.get(unit.id()).id().equals(id))
                        .sorted(byCode).forEach(units::add);
            }
        }
        Set<Long> listed = units.stream().map(UnitRef::id).collect(Collectors.toSet());
        inForce.values().stream().filter(unit -> !listed.contains(unit.id())).sorted(byCode).forEach(units::add);
        return units;
    }

    /**
     * The units of a province in a month, the provincial office first, their reports by unit id (none if
     * not started), and, by unit id, where each unit that was not yet the office's own that month stood.
     */
    public record ProvinceMonth(List<UnitRef> units, Map<Long, SelfAssessment> reportsByUnit, Map<Long, Elsewhere> elsewhere) {
    }

    /**
     * Where a unit listed for a month stood, not being the director's office nor under it that month: the
     * unit above it that month (for a district office; null for an office) and how it came under the office
     * later (null if the director reads it for no change the directory records).
     */
    public record Elsewhere(UnitRef parent, UnitArrival arrival) {
    }

    /** Whether the user's unit has started its report for a month. */
    @Transactional(readOnly = true)
    public boolean started(CurrentUser user, YearMonth month) {
        return findOwn(user, month).isPresent();
    }

    /** The unit's report for a month, if one was started. */
    @Transactional(readOnly = true)
    public Optional<SelfAssessment> findOwn(CurrentUser user, YearMonth month) {
        ReportingPeriodRef period = periods.get(month);
        return assessments.findByUnitAndPeriod(user.unitId(), period.id());
    }

    /** The unit's reports for the given periods, by period id. */
    @Transactional(readOnly = true)
    public Map<Long, SelfAssessment> ownByPeriod(CurrentUser user, List<ReportingPeriodRef> shown) {
        if (shown.isEmpty()) {
            return new HashMap<>();
        }
        return assessments.findByUnitAndPeriods(user.unitId(), shown.stream().map(ReportingPeriodRef::id).toList())
                .stream().collect(Collectors.toMap(sa -> sa.getPeriod().getId(), sa -> sa, (a, b) -> a, HashMap::new));
    }

    /**
     * The reports, of the given periods, of the units the user's unit continued (its lineage without
     * itself, {@link UnitDirectory#lineageOf}): its leaders read them whole, and finish those a unit that has ended left open
     * ({@link SelfAssessments#canEdit}). Newest
     * month first, then by unit.
     */
    @Transactional(readOnly = true)
    public List<SelfAssessment> predecessorsReports(CurrentUser user, List<ReportingPeriodRef> shown) {
        Set<Long> predecessors = new HashSet<>(unitDirectory.lineageOf(user.unitId()));
        predecessors.remove(user.unitId());
        if (predecessors.isEmpty() || shown.isEmpty()) {
            return List.of();
        }
        return assessments.findOfUnitsAndPeriods(predecessors, shown.stream().map(ReportingPeriodRef::id).toList()).stream()
                .sorted(Comparator.comparing((SelfAssessment report) -> report.getPeriod().getMonth()).reversed()
                        .thenComparing(SelfAssessment::getUnitId))
                .toList();
    }

    /**
     * Starts the unit's report for a month with the checklist version in force that month; from the
     * unit's previous report if asked (statuses, texts and answerable leaders; figures left empty).
     */
    public Long start(CurrentUser user, YearMonth month, boolean fromPrevious) {
        requireLeader(user);
        if (!periods.isOpenForReporting(month)) {
            throw new NotFoundException("period " + month);
        }
        ReportingPeriod period = periods.entityOf(month);
        Optional<SelfAssessment> existing = assessments.findByUnitAndPeriod(user.unitId(), period.getId());
        if (existing.isPresent()) {
            return existing.get().getId();
        }
        ChecklistVersionRef version = checklist.refInForce(month)
                .orElseThrow(() -> new NotFoundException("checklist for " + month));
        UnitRef unit = unitDirectory.refInEffect(user.unitId(), month).orElseThrow(() -> new NotFoundException("unit " + user.unitId()));
        SelfAssessment assessment = new SelfAssessment(unit.id(), period, version, user.id(), clock.instant());
        Map<String, Object> details = new LinkedHashMap<>();
        if (fromPrevious) {
            Optional<SelfAssessment> previous = assessments.findPreviousOf(user.unitId(), month.atDay(1));
            if (previous.isPresent()) {
                copyFrom(assessment, version, previous.get(), reports.checklistOf(previous.get()));
                details.put("copiedFrom", previous.get().getPeriod().getMonth().toString());
            }
        }
        assessments.saveAndFlush(assessment);
        auditLog.record(user.id(), user.fullName(), "CREATED", AUDIT_TARGET, assessment.getId(), details);
        return assessment.getId();
    }

    /**
     * Saves the form as a draft. Figures that are not numbers of the right kind are refused with
     * the rest; nothing is saved then and the form keeps what was typed.
     *
     * @throws RejectedInputException                  with every reason, when something typed is refused
     * @throws ObjectOptimisticLockingFailureException when someone saved the report since the form was opened
     * @throws TransitionNotAllowedException           when the report is no longer editable (e.g. a colleague submitted it)
     * @throws MalformedSelfAssessmentFormException        when the form does not carry each of the report's duties once
     */
    public void saveDraft(CurrentUser user, Long id, @Valid SelfAssessmentForm form) {
        SelfAssessment assessment = editable(user, id, form);
        ChecklistVersionRef checklistVersion = checklistFor(assessment, form);
        Rejections rejections = new Rejections();
        Map<Long, Map<Long, BigDecimal>> figures = SelfAssessmentValidator.checkFigures(checklistVersion, form, rejections);
        rejections.throwIfAny();
        apply(assessment, form, figures, leaderIdsOf(assessment, user), user);
        assessments.saveAndFlush(assessment);
        auditLog.record(user.id(), user.fullName(), "SAVED", AUDIT_TARGET, assessment.getId(), Map.of());
    }

    /**
     * Submits the report: its month must be over, and all of it complete and consistent. Allowed
     * after the deadline too, and then counted late. A refused submission saves nothing; it throws
     * what {@link #saveDraft} throws.
     */
    public void submit(CurrentUser user, Long id, @Valid SelfAssessmentForm form) {
        SelfAssessment assessment = editable(user, id, form);
        ChecklistVersionRef checklistVersion = checklistFor(assessment, form);
        ReportingPeriod period = assessment.getPeriod();
        Rejections rejections = new Rejections();
        if (!periods.hasEnded(period)) {
            rejections.reject("report.error.monthInProgress", period.getMonth().format(MONTH),
                    period.submissionOpensOn().format(DAY));
        }
        Map<Long, Map<Long, BigDecimal>> figures = SelfAssessmentValidator.checkFigures(checklistVersion, form, rejections);
        Set<Long> leaders = leaderIdsOf(assessment, user);
        SelfAssessmentValidator.checkComplete(checklistVersion, form, figures, leaders, rejections);
        rejections.throwIfAny();
        boolean resubmission = assessment.getState() == SelfAssessmentState.RETURNED;
        apply(assessment, form, figures, leaders, user);
        assessment.submit(user.id(), clock.instant(), checklistVersion);
        int number = submissions.findLatestOf(assessment.getId()).map(s -> s.getNumber() + 1).orElse(1);
        submissions.save(new Submission(assessment, number, clock.instant(), user.id(),
                json.writeValueAsString(SubmissionSnapshot.of(assessment, checklistVersion, unitLeaders.leaderNamesOf(assessment)))));
        assessments.saveAndFlush(assessment);
        events.publishEvent(new SelfAssessmentSubmitted(assessment.getId(), number));
        auditLog.record(user.id(), user.fullName(), resubmission ? "RESUBMITTED" : "SUBMITTED", AUDIT_TARGET,
                assessment.getId(), Map.of("submission", number));
    }

    private SelfAssessment editable(CurrentUser user, Long id, SelfAssessmentForm form) {
        SelfAssessment assessment = reports.lockEditable(user, id);
        if (assessment.getVersion() != form.getVersion()) {
            throw new ObjectOptimisticLockingFailureException(SelfAssessment.class, id);
        }
        return loaded(assessment);
    }

    /** The report's checklist version, once the form is found to carry each of its duties once. */
    private ChecklistVersionRef checklistFor(SelfAssessment assessment, SelfAssessmentForm form) {
        ChecklistVersionRef checklistVersion = reports.checklistOf(assessment);
        SelfAssessmentValidator.requireEachDutyOnce(checklistVersion, form);
        return checklistVersion;
    }

    private void apply(SelfAssessment assessment, SelfAssessmentForm form, Map<Long, Map<Long, BigDecimal>> figures,
                       Set<Long> leaders, CurrentUser user) {
        for (DutyReport report : assessment.getDutyReports()) {
            SelfAssessmentForm.DutyEntry entry = form.entryFor(report.getDutyId());
            Long leaderId = entry.getResponsibleLeaderId();
            // a draft may name nobody yet, but never someone outside the unit's leaders
            Long leader = leaderId != null && leaders.contains(leaderId) ? leaderId : null;
            report.update(entry.getStatus(), entry.getWhatWasDone(), entry.getShortfallReason(), entry.getRemedy(), leader);
            Map<Long, BigDecimal> values = figures.getOrDefault(report.getDutyId(), Map.of());
            report.getIndicatorValues().forEach(v -> report.setValue(v.getIndicatorId(), values.get(v.getIndicatorId())));
        }
        assessment.touch(user.id(), clock.instant());
    }

    /** The leaders who may answer for the report's duties as this user changes it ({@link SelfAssessments#answeringUnitOf}). */
    private Set<Long> leaderIdsOf(SelfAssessment assessment, CurrentUser user) {
        return unitLeaders.of(reports.answeringUnitOf(assessment, user)).stream().map(UnitLeaders.Choice::id).collect(Collectors.toSet());
    }

    private static void copyFrom(SelfAssessment assessment, ChecklistVersionRef checklistVersion, SelfAssessment previous,
                                 ChecklistVersionRef previousVersion) {
        for (DutyRef duty : checklistVersion.duties()) {
            // duties are matched by code: the previous report may use another checklist version
            previousVersion.duties().stream()
                    .filter(old -> old.code().equals(duty.code()))
                    .findFirst()
                    .flatMap(old -> previous.dutyReportFor(old.id()))
                    .ifPresent(old -> assessment.dutyReportFor(duty.id()).orElseThrow().copyFrom(old));
        }
    }

    private static SelfAssessment loaded(SelfAssessment assessment) {
        assessment.getDutyReports().forEach(report -> report.getIndicatorValues().size());
        return assessment;
    }

    private static void requireLeader(CurrentUser user) {
        if (!user.hasRole(Role.UNIT_LEADER)) {
            throw new AccessDeniedException("not a unit leader");
        }
    }
}
