package vn.bhxh.tracker.unit.reorganisation;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * The decision a plan carries out, as typed: its number (required, at most 100 characters; control
 * characters are refused by {@code system.PlainTextBinding} as in every form), the day it was signed
 * ({@code dd/MM/yyyy}) and the month it takes effect ({@code MM/yyyy}), each required, then read by
 * {@link Validator}.
 */
public class PlanHeaderForm {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    @NotBlank(message = "{reorganisation.decisionNumber.required}")
    @Size(max = PlanHeader.MAX_DECISION_NUMBER, message = "{reorganisation.decisionNumber.size}")
    private String decisionNumber = "";

    @NotBlank(message = "{reorganisation.decidedOn.required}")
    private String decidedOn = "";

    @NotBlank(message = "{reorganisation.effectiveMonth.required}")
    private String effectiveMonth = "";

    static PlanHeaderForm of(PlanHeader header) {
        PlanHeaderForm form = new PlanHeaderForm();
        form.decisionNumber = header.decisionNumber() == null ? "" : header.decisionNumber();
        form.decidedOn = header.decidedOn() == null ? "" : String.format("%02d/%02d/%d", header.decidedOn().getDayOfMonth(),
                header.decidedOn().getMonthValue(), header.decidedOn().getYear());
        form.effectiveMonth = header.effectiveMonth() == null ? "" : PlanProblem.month(header.effectiveMonth());
        return form;
    }

    /** The decision as dates; call it only on a form {@link Validator} has accepted. */
    PlanHeader toHeader() {
        return new PlanHeader(decisionNumber.strip(), LocalDate.parse(decidedOn.strip(), DAY),
                YearMonth.parse(effectiveMonth.strip(), MONTH));
    }

    /**
     * The form's rule beyond its fields' own (Bean Validation, checked first): the day and the month
     * are ones the calendar has, written as the page asks ({@code 31/02/2027} and {@code 2027-01} are
     * refused beside their fields). A field already refused is left alone.
     */
    @Component
    static class Validator implements org.springframework.validation.Validator {

        @Override
        public boolean supports(Class<?> type) {
            return PlanHeaderForm.class.equals(type);
        }

        @Override
        public void validate(Object target, Errors errors) {
            PlanHeaderForm form = (PlanHeaderForm) target;
            if (!errors.hasFieldErrors("decidedOn") && !readable(form.decidedOn, DAY)) {
                errors.rejectValue("decidedOn", "reorganisation.decidedOn.malformed", new Object[] {form.decidedOn.strip()}, null);
            }
            if (!errors.hasFieldErrors("effectiveMonth") && !readable(form.effectiveMonth, MONTH)) {
                errors.rejectValue("effectiveMonth", "reorganisation.effectiveMonth.malformed",
                        new Object[] {form.effectiveMonth.strip()}, null);
            }
        }

        private static boolean readable(String text, DateTimeFormatter format) {
            try {
                format.parse(text.strip());
                return true;
            } catch (DateTimeParseException unreadable) {
                return false;
            }
        }
    }

    public String getDecisionNumber() {
        return decisionNumber;
    }

    public void setDecisionNumber(String decisionNumber) {
        this.decisionNumber = decisionNumber == null ? "" : decisionNumber;
    }

    public String getDecidedOn() {
        return decidedOn;
    }

    public void setDecidedOn(String decidedOn) {
        this.decidedOn = decidedOn == null ? "" : decidedOn;
    }

    public String getEffectiveMonth() {
        return effectiveMonth;
    }

    public void setEffectiveMonth(String effectiveMonth) {
        this.effectiveMonth = effectiveMonth == null ? "" : effectiveMonth;
    }
}
