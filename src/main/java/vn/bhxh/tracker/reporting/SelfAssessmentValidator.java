package vn.bhxh.tracker.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import vn.bhxh.tracker.checklist.ChecklistVersionRef;
import vn.bhxh.tracker.checklist.DutyRef;
import vn.bhxh.tracker.checklist.IndicatorKind;
import vn.bhxh.tracker.checklist.IndicatorRef;
import vn.bhxh.tracker.system.Rejections;

/**
 * The server's checks of a self-assessment form that need the report's checklist or another field.
 * Every save checks that figures are numbers of the right kind; a submission also checks completeness
 * and consistency. Each problem is reported on its own field with a message key, so the form shows it
 * beside the field. The duties, their indicators and bounds are those of the report's checklist
 * version, read by the caller. How long a text may be is the form's own constraint
 * ({@link SelfAssessmentForm.DutyEntry}, Bean Validation).
 */
final class SelfAssessmentValidator {

    private SelfAssessmentValidator() {
    }

    /**
     * Refuses a form that does not carry each of the report's duties (its checklist version's) exactly
     * once: applied as it is, a duty left out would be saved blank.
     *
     * @throws MalformedSelfAssessmentFormException naming the duties missing or repeated, and how many entries are for no duty of the report
     */
    static void requireEachDutyOnce(ChecklistVersionRef checklistVersion, SelfAssessmentForm form) {
        Map<Long, String> codes = new LinkedHashMap<>();
        checklistVersion.duties().forEach(duty -> codes.put(duty.id(), duty.code()));
        Map<Long, Integer> carried = new HashMap<>();
        int unknown = 0;
        for (SelfAssessmentForm.DutyEntry entry : form.getDuties()) {
            if (entry.getDutyId() == null || !codes.containsKey(entry.getDutyId())) {
                unknown++;
            } else {
                carried.merge(entry.getDutyId(), 1, Integer::sum);
            }
        }
        List<String> missing = new ArrayList<>();
        List<String> repeated = new ArrayList<>();
        codes.forEach((dutyId, code) -> {
            int times = carried.getOrDefault(dutyId, 0);
            if (times == 0) {
                missing.add(code);
            } else if (times > 1) {
                repeated.add(code);
            }
        });
        if (!missing.isEmpty() || !repeated.isEmpty() || unknown > 0) {
            throw new MalformedSelfAssessmentFormException(missing, repeated, unknown);
        }
    }

    /** Parses the figures of the form; what cannot be parsed is reported and left out. */
    static Map<Long, Map<Long, BigDecimal>> checkFigures(ChecklistVersionRef checklistVersion, SelfAssessmentForm form,
                                                         Rejections rejections) {
        Map<Long, Map<Long, BigDecimal>> parsed = new HashMap<>();
        for (DutyRef duty : checklistVersion.duties()) {
            int index = form.indexOf(duty.id());
            if (index < 0) {
                continue;
            }
            SelfAssessmentForm.DutyEntry entry = form.getDuties().get(index);
            Map<Long, BigDecimal> values = new HashMap<>();
            for (IndicatorRef indicator : duty.indicators()) {
                String field = "duties[" + index + "].values[" + indicator.id() + "]";
                String typed = entry.getValues().getOrDefault(indicator.id(), "").strip();
                if (typed.isEmpty()) {
                    continue;
                }
                parse(typed, indicator.kind()).ifPresentOrElse(
                        value -> values.put(indicator.id(), value),
                        () -> rejections.rejectValue(field, "assessment.value." + indicator.kind()));
            }
            parsed.put(duty.id(), values);
        }
        return parsed;
    }

    /** What a submission needs beyond well-formed figures. */
    static void checkComplete(ChecklistVersionRef checklistVersion, SelfAssessmentForm form,
                              Map<Long, Map<Long, BigDecimal>> figures, Set<Long> eligibleLeaderIds, Rejections rejections) {
        for (DutyRef duty : checklistVersion.duties()) {
            // every duty is there: requireEachDutyOnce ran first
            int index = form.indexOf(duty.id());
            SelfAssessmentForm.DutyEntry entry = form.getDuties().get(index);
            String prefix = "duties[" + index + "].";
            ComplianceStatus status = entry.getStatus();
            if (status == null) {
                rejections.rejectValue(prefix + "status", "assessment.status.required");
                continue;
            }
            if (status == ComplianceStatus.DONE || status == ComplianceStatus.PARTIAL) {
                requireText(rejections, prefix + "whatWasDone", entry.getWhatWasDone(), "assessment.whatWasDone.required");
            }
            if (status.needsReasonAndRemedy()) {
                requireText(rejections, prefix + "shortfallReason", entry.getShortfallReason(), "assessment.shortfallReason.required");
                requireText(rejections, prefix + "remedy", entry.getRemedy(), "assessment.remedy.required");
            }
            if (entry.getResponsibleLeaderId() == null) {
                rejections.rejectValue(prefix + "responsibleLeaderId", "assessment.responsibleLeader.required");
            } else if (!eligibleLeaderIds.contains(entry.getResponsibleLeaderId())) {
                rejections.rejectValue(prefix + "responsibleLeaderId", "assessment.responsibleLeader.notOfUnit");
            }
            Map<Long, BigDecimal> values = figures.getOrDefault(duty.id(), Map.of());
            for (IndicatorRef indicator : duty.indicators()) {
                String field = prefix + "values[" + indicator.id() + "]";
                if (rejections.isRejected(field)) {
                    continue;
                }
                BigDecimal value = values.get(indicator.id());
                if (value == null) {
                    if (status != ComplianceStatus.NOT_APPLICABLE) {
                        rejections.rejectValue(field, "assessment.value.required");
                    }
                    continue;
                }
                // the bound is another indicator of the same duty (V8)
                Optional<IndicatorRef> bound = Optional.ofNullable(indicator.atMostId()).flatMap(duty::indicator);
                if (bound.isPresent() && values.get(bound.get().id()) != null
                        && value.compareTo(values.get(bound.get().id())) > 0) {
                    rejections.rejectValue(field, "assessment.value.exceeds", bound.get().name());
                }
            }
        }
    }

    /** A required text; not when the binder already refused what was typed there (its message says why). */
    private static void requireText(Rejections rejections, String field, String text, String code) {
        if (text.isEmpty() && !rejections.isRejected(field)) {
            rejections.rejectValue(field, code);
        }
    }

    static Optional<BigDecimal> parse(String typed, IndicatorKind kind) {
        BigDecimal value;
        try {
            // Vietnamese writes decimals with a comma
            value = new BigDecimal(typed.replace(',', '.'));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
        boolean acceptable = switch (kind) {
            case COUNT -> value.signum() >= 0 && value.stripTrailingZeros().scale() <= 0
                    && value.compareTo(BigDecimal.valueOf(1_000_000_000L)) < 0;
            case PERCENTAGE -> value.signum() >= 0 && value.compareTo(BigDecimal.valueOf(100)) <= 0
                    && value.stripTrailingZeros().scale() <= 2;
            case YES_NO -> value.compareTo(BigDecimal.ZERO) == 0 || value.compareTo(BigDecimal.ONE) == 0;
        };
        return acceptable ? Optional.of(value) : Optional.empty();
    }
}
