package vn.bhxh.tracker.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.springframework.modulith.NamedInterface;

import vn.bhxh.tracker.checklist.ChecklistVersionRef;
import vn.bhxh.tracker.system.TextLimits;

/**
 * What a unit leader types into the self-assessment form: one entry per duty. Figures stay text
 * until validated, so that a mistyped one is shown back exactly as typed. Each entry's texts have
 * their length checked here (Bean Validation, {@code @Valid}); the rules that need the report's
 * checklist or another field (figures, completeness, the leader answerable) are
 * {@link SelfAssessmentValidator}'s.
 */
@NamedInterface(name = "api", propagate = false)
public class SelfAssessmentForm {

    private long version;

    @Valid
    private List<DutyEntry> duties = new ArrayList<>();

    /** The report as it stands, one entry per duty in the order of its checklist version (the report's own). */
    public static SelfAssessmentForm of(SelfAssessment assessment, ChecklistVersionRef checklistVersion) {
        SelfAssessmentForm form = new SelfAssessmentForm();
        form.version = assessment.getVersion();
        for (DutyReport report : assessment.dutyReportsInOrderOf(checklistVersion)) {
            DutyEntry entry = new DutyEntry();
            entry.setDutyId(report.getDutyId());
            entry.setStatus(report.getStatus());
            entry.setWhatWasDone(report.getWhatWasDone());
            entry.setShortfallReason(report.getShortfallReason());
            entry.setRemedy(report.getRemedy());
            entry.setResponsibleLeaderId(report.getResponsibleLeaderId());
            for (IndicatorValue value : report.getIndicatorValues()) {
                entry.getValues().put(value.getIndicatorId(), format(value.getValue()));
            }
            form.duties.add(entry);
        }
        return form;
    }

    private static String format(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    /** The entry for a duty, or an empty one if the form did not carry it. */
    public DutyEntry entryFor(Long dutyId) {
        return duties.stream().filter(e -> dutyId.equals(e.getDutyId())).findFirst().orElseGet(() -> {
            DutyEntry empty = new DutyEntry();
            empty.setDutyId(dutyId);
            return empty;
        });
    }

    /** The first entry the form carried for a duty, if any. */
    public Optional<DutyEntry> typedFor(Long dutyId) {
        return duties.stream().filter(e -> dutyId.equals(e.getDutyId())).findFirst();
    }

    /**
     * Puts the entries in the report's order of duties, one per duty: the typed one where the form
     * carried it, the saved one elsewhere, so that the form shown again blanks nothing when saved.
     */
    void alignTo(SelfAssessment assessment, ChecklistVersionRef checklistVersion) {
        SelfAssessmentForm saved = of(assessment, checklistVersion);
        List<DutyEntry> aligned = new ArrayList<>();
        for (DutyEntry savedEntry : saved.duties) {
            aligned.add(typedFor(savedEntry.getDutyId()).orElse(savedEntry));
        }
        duties = aligned;
    }

    public int indexOf(Long dutyId) {
        for (int i = 0; i < duties.size(); i++) {
            if (dutyId.equals(duties.get(i).getDutyId())) {
                return i;
            }
        }
        return -1;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public List<DutyEntry> getDuties() {
        return duties;
    }

    public void setDuties(List<DutyEntry> duties) {
        this.duties = duties == null ? new ArrayList<>() : duties;
    }

    /** One duty as typed; each of its texts is at most {@link TextLimits#MAX_TEXT} characters. */
    @NamedInterface(name = "api", propagate = false)
    public static class DutyEntry {

        private Long dutyId;
        private ComplianceStatus status;

        @Size(max = TextLimits.MAX_TEXT, message = "{text.tooLong}")
        private String whatWasDone = "";

        @Size(max = TextLimits.MAX_TEXT, message = "{text.tooLong}")
        private String shortfallReason = "";

        @Size(max = TextLimits.MAX_TEXT, message = "{text.tooLong}")
        private String remedy = "";

        private Long responsibleLeaderId;
        private Map<Long, String> values = new LinkedHashMap<>();

        public Long getDutyId() {
            return dutyId;
        }

        public void setDutyId(Long dutyId) {
            this.dutyId = dutyId;
        }

        public ComplianceStatus getStatus() {
            return status;
        }

        public void setStatus(ComplianceStatus status) {
            this.status = status;
        }

        public String getWhatWasDone() {
            return whatWasDone;
        }

        public void setWhatWasDone(String whatWasDone) {
            this.whatWasDone = whatWasDone == null ? "" : whatWasDone.strip();
        }

        public String getShortfallReason() {
            return shortfallReason;
        }

        public void setShortfallReason(String shortfallReason) {
            this.shortfallReason = shortfallReason == null ? "" : shortfallReason.strip();
        }

        public String getRemedy() {
            return remedy;
        }

        public void setRemedy(String remedy) {
            this.remedy = remedy == null ? "" : remedy.strip();
        }

        public Long getResponsibleLeaderId() {
            return responsibleLeaderId;
        }

        public void setResponsibleLeaderId(Long responsibleLeaderId) {
            this.responsibleLeaderId = responsibleLeaderId;
        }

        public Map<Long, String> getValues() {
            return values;
        }

        public void setValues(Map<Long, String> values) {
            this.values = values == null ? new LinkedHashMap<>() : values;
        }
    }
}
