package vn.bhxh.tracker.reporting;

import org.springframework.modulith.NamedInterface;

/** How fully a unit carried out one duty in a month. */
@NamedInterface(name = "api", propagate = false)
public enum ComplianceStatus {
    /** Đã thực hiện đầy đủ. */
    DONE('D'),
    /** Thực hiện một phần. */
    PARTIAL('P'),
    /** Chưa thực hiện. */
    NOT_DONE('N'),
    /** Không phát sinh: nothing under this duty happened this month. */
    NOT_APPLICABLE('K');

    /** The mark of a duty left unanswered, in a report's duty marks. */
    public static final char UNANSWERED_MARK = '-';

    private final char mark;

    ComplianceStatus(char mark) {
        this.mark = mark;
    }

    /**
     * The status as one letter in {@code self_assessment.duty_marks}, which the dashboards read through
     * the SQL functions {@code duty_mark_done}, {@code duty_mark_applicable} and {@code duty_mark_answered}
     * (V28); RulesAgreementTest keeps them and {@link #isDone()}, {@link #isApplicable()} together.
     */
    public char mark() {
        return mark;
    }

    /** The status a duty mark stands for; none for an unanswered duty. */
    public static ComplianceStatus ofMark(char mark) {
        for (ComplianceStatus status : values()) {
            if (status.mark == mark) {
                return status;
            }
        }
        if (mark == UNANSWERED_MARK) {
            return null;
        }
        throw new IllegalArgumentException("not a duty mark: " + mark);
    }

    /** Counts as done in the figures: fully done. SQL: {@code duty_mark_done} (V28). */
    public boolean isDone() {
        return this == DONE;
    }

    /**
     * Counts as applicable in the figures: something under the duty happened this month (every status
     * but "không phát sinh"). SQL: {@code duty_mark_applicable} (V28); an unanswered duty is neither.
     */
    public boolean isApplicable() {
        return this != NOT_APPLICABLE;
    }

    /** Anything short of "đầy đủ" needs a reason and a remedy. */
    public boolean needsReasonAndRemedy() {
        return this == PARTIAL || this == NOT_DONE;
    }
}
