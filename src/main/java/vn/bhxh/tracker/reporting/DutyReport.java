package vn.bhxh.tracker.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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

import vn.bhxh.tracker.checklist.DutyRef;
import vn.bhxh.tracker.checklist.IndicatorRef;

/**
 * The part of a self-assessment about one duty: status, what was done, figures, the answerable leader.
 * It keeps its duty by id; the duty itself (code, texts, indicators) is its report's checklist
 * version's, read from the checklist module ({@link SelfAssessment#dutyReportsInOrderOf}).
 */
@Entity
@Table(name = "duty_report")
public class DutyReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "self_assessment_id")
    private SelfAssessment selfAssessment;

    @Column(name = "duty_id", nullable = false)
    private Long dutyId;

    @Enumerated(EnumType.STRING)
    private ComplianceStatus status;

    private String whatWasDone = "";

    private String shortfallReason = "";

    private String remedy = "";

    /** Item 1 of the directive: the head or deputy answerable for this duty this month. */
    @Column(name = "responsible_leader_id")
    private Long responsibleLeaderId;

    private boolean copiedFromPrevious;

    @OneToMany(mappedBy = "dutyReport", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<IndicatorValue> indicatorValues = new ArrayList<>();

    protected DutyReport() {
    }

    DutyReport(SelfAssessment selfAssessment, DutyRef duty) {
        this.selfAssessment = selfAssessment;
        this.dutyId = duty.id();
        for (IndicatorRef indicator : duty.indicators()) {
            indicatorValues.add(new IndicatorValue(this, indicator.id()));
        }
    }

    /** Applies what the unit typed; a copied duty stops being "copied" once its text changes. */
    void update(ComplianceStatus status, String whatWasDone, String shortfallReason, String remedy,
                Long responsibleLeaderId) {
        boolean changed = this.status != status
                || !this.whatWasDone.equals(whatWasDone)
                || !this.shortfallReason.equals(shortfallReason)
                || !this.remedy.equals(remedy)
                || !Objects.equals(this.responsibleLeaderId, responsibleLeaderId);
        if (changed) {
            copiedFromPrevious = false;
        }
        this.status = status;
        this.whatWasDone = whatWasDone;
        this.shortfallReason = shortfallReason;
        this.remedy = remedy;
        this.responsibleLeaderId = responsibleLeaderId;
    }

    /** Takes status, texts and the answerable leader from last month's report; figures stay empty. */
    void copyFrom(DutyReport previous) {
        this.status = previous.status;
        this.whatWasDone = previous.whatWasDone;
        this.shortfallReason = previous.shortfallReason;
        this.remedy = previous.remedy;
        this.responsibleLeaderId = previous.responsibleLeaderId;
        this.copiedFromPrevious = true;
    }

    void setValue(Long indicatorId, BigDecimal value) {
        valueOf(indicatorId).ifPresent(indicatorValue -> indicatorValue.setValue(value));
    }

    public Optional<IndicatorValue> valueOf(Long indicatorId) {
        return indicatorValues.stream().filter(v -> v.getIndicatorId().equals(indicatorId)).findFirst();
    }

    public Long getId() {
        return id;
    }

    /** The duty's id; the checklist gives the rest ({@link vn.bhxh.tracker.checklist.DutyRef}). */
    public Long getDutyId() {
        return dutyId;
    }

    public ComplianceStatus getStatus() {
        return status;
    }

    public String getWhatWasDone() {
        return whatWasDone;
    }

    public String getShortfallReason() {
        return shortfallReason;
    }

    public String getRemedy() {
        return remedy;
    }

    /** The answerable leader's user id; none if not named yet. */
    public Long getResponsibleLeaderId() {
        return responsibleLeaderId;
    }

    public boolean isCopiedFromPrevious() {
        return copiedFromPrevious;
    }

    public List<IndicatorValue> getIndicatorValues() {
        return indicatorValues;
    }
}
