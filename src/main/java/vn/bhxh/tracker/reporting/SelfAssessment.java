package vn.bhxh.tracker.reporting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.bhxh.tracker.checklist.ChecklistVersionRef;
import vn.bhxh.tracker.checklist.DutyRef;

/**
 * One unit's report for one month. It keeps the checklist version it was made with, even after a
 * new version appears, by id: the version's duties, their order and indicators come from
 * {@link vn.bhxh.tracker.checklist.ChecklistService} as a {@link ChecklistVersionRef}. State changes
 * go through the methods here, which refuse what the cycle does not allow.
 */
@Entity
@Table(name = "self_assessment")
public class SelfAssessment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The unit's id: the unit module keeps its name and place ({@link vn.bhxh.tracker.unit.UnitDirectory}). */
    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "period_id")
    private ReportingPeriod period;

    @Column(name = "checklist_version_id", nullable = false)
    private Long checklistVersionId;

    @Enumerated(EnumType.STRING)
    private SelfAssessmentState state = SelfAssessmentState.DRAFT;

    private Instant firstSubmittedAt;

    private Instant lastSubmittedAt;

    private Instant createdAt;

    /** Who started the report and who changed it last, by user id. */
    @Column(name = "created_by_id", nullable = false)
    private Long createdById;

    private Instant updatedAt;

    @Column(name = "updated_by_id", nullable = false)
    private Long updatedById;

    /** Counted at each submission, for the dashboards: duties that arose, and those fully done. */
    private int dutiesApplicable;

    private int dutiesDone;

    /** Also set at each submission: one letter per duty in the checklist's order (see {@link ComplianceStatus#mark()}). */
    private String dutyMarks;

    @Version
    private long version;

    @OneToMany(mappedBy = "selfAssessment", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<DutyReport> dutyReports = new ArrayList<>();

    protected SelfAssessment() {
    }

    SelfAssessment(Long unitId, ReportingPeriod period, ChecklistVersionRef checklistVersion, Long authorId,
                   Instant now) {
        this.unitId = unitId;
        this.period = period;
        this.checklistVersionId = checklistVersion.id();
        this.createdAt = now;
        this.createdById = authorId;
        touch(authorId, now);
        for (DutyRef duty : checklistVersion.duties()) {
            dutyReports.add(new DutyReport(this, duty));
        }
    }

    void touch(Long authorId, Instant now) {
        this.updatedAt = now;
        this.updatedById = authorId;
    }

    /** Submits the report; its duty marks follow the order of its checklist version's duties. */
    void submit(Long authorId, Instant now, ChecklistVersionRef checklistVersion) {
        requireOwn(checklistVersion);
        requireState(SelfAssessmentState.DRAFT, SelfAssessmentState.RETURNED);
        if (firstSubmittedAt == null) {
            firstSubmittedAt = now;
        }
        lastSubmittedAt = now;
        state = SelfAssessmentState.SUBMITTED;
        dutiesApplicable = (int) dutyReports.stream().filter(r -> r.getStatus() != null && r.getStatus().isApplicable()).count();
        dutiesDone = (int) dutyReports.stream().filter(r -> r.getStatus() != null && r.getStatus().isDone()).count();
        dutyMarks = dutyReportsInOrderOf(checklistVersion).stream()
                .map(r -> String.valueOf(r.getStatus() == null ? ComplianceStatus.UNANSWERED_MARK : r.getStatus().mark()))
                .collect(Collectors.joining());
        touch(authorId, now);
    }

    void markReturned(Long reviewerId, Instant now) {
        requireState(SelfAssessmentState.SUBMITTED);
        state = SelfAssessmentState.RETURNED;
        touch(reviewerId, now);
    }

    void markAccepted(Long reviewerId, Instant now) {
        requireState(SelfAssessmentState.SUBMITTED);
        state = SelfAssessmentState.ACCEPTED;
        touch(reviewerId, now);
    }

    void reopen(Long reviewerId, Instant now) {
        requireState(SelfAssessmentState.ACCEPTED);
        state = SelfAssessmentState.RETURNED;
        touch(reviewerId, now);
    }

    private void requireState(SelfAssessmentState... allowed) {
        for (SelfAssessmentState candidate : allowed) {
            if (state == candidate) {
                return;
            }
        }
        throw new TransitionNotAllowedException(state);
    }

    /** The duty reports, in no particular order: {@link #dutyReportsInOrderOf} puts them in the directive's. */
    public List<DutyReport> getDutyReports() {
        return List.copyOf(dutyReports);
    }

    /**
     * The duty reports in the order of the directive, as the report's own checklist version lists
     * its duties.
     *
     * @throws IllegalArgumentException for another version than the report's
     */
    public List<DutyReport> dutyReportsInOrderOf(ChecklistVersionRef checklistVersion) {
        requireOwn(checklistVersion);
        return checklistVersion.duties().stream().flatMap(duty -> dutyReportFor(duty.id()).stream()).toList();
    }

    public Optional<DutyReport> dutyReportFor(Long dutyId) {
        return dutyReports.stream().filter(r -> r.getDutyId().equals(dutyId)).findFirst();
    }

    private void requireOwn(ChecklistVersionRef checklistVersion) {
        if (!checklistVersion.id().equals(checklistVersionId)) {
            throw new IllegalArgumentException("checklist version " + checklistVersion.id() + " is not report " + id
                    + "'s (" + checklistVersionId + ")");
        }
    }

    public Long getId() {
        return id;
    }

    public Long getUnitId() {
        return unitId;
    }

    public ReportingPeriod getPeriod() {
        return period;
    }

    /** The checklist version the report was made with. */
    public Long getChecklistVersionId() {
        return checklistVersionId;
    }

    public SelfAssessmentState getState() {
        return state;
    }

    public Instant getFirstSubmittedAt() {
        return firstSubmittedAt;
    }

    public Instant getLastSubmittedAt() {
        return lastSubmittedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Long getUpdatedById() {
        return updatedById;
    }

    public int getDutiesApplicable() {
        return dutiesApplicable;
    }

    public int getDutiesDone() {
        return dutiesDone;
    }

    public String getDutyMarks() {
        return dutyMarks;
    }

    public long getVersion() {
        return version;
    }
}
