package vn.bhxh.tracker.reporting;

import java.util.List;

import org.springframework.validation.Errors;

/**
 * A self-assessment form that does not carry each of the report's duties exactly once: one left out,
 * one given twice, or an entry for no duty of the report. The page never sends such a form, so it
 * was built by hand (or cut short on the way): it is refused whole, never saved as blanks.
 */
public class MalformedSelfAssessmentFormException extends RuntimeException {

    private final List<String> missing;
    private final List<String> repeated;
    private final int unknown;

    MalformedSelfAssessmentFormException(List<String> missing, List<String> repeated, int unknown) {
        super("form duties: missing " + missing + ", repeated " + repeated + ", unknown " + unknown);
        this.missing = List.copyOf(missing);
        this.repeated = List.copyOf(repeated);
        this.unknown = unknown;
    }

    /** Each problem as a global error of the form, then why nothing was saved. */
    public void describeIn(Errors errors) {
        if (!missing.isEmpty()) {
            errors.reject("report.form.dutiesMissing", new Object[] {String.join(", ", missing)}, null);
        }
        if (!repeated.isEmpty()) {
            errors.reject("report.form.dutiesRepeated", new Object[] {String.join(", ", repeated)}, null);
        }
        if (unknown > 0) {
            errors.reject("report.form.dutiesUnknown", new Object[] {unknown}, null);
        }
        errors.reject("report.form.nothingSaved");
    }

    public List<String> getMissing() {
        return missing;
    }

    public List<String> getRepeated() {
        return repeated;
    }

    public int getUnknown() {
        return unknown;
    }
}
