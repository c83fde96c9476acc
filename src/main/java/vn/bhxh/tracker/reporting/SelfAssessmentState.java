package vn.bhxh.tracker.reporting;

import org.springframework.modulith.NamedInterface;

/** Where a self-assessment stands in the monthly cycle. */
@NamedInterface(name = "api", propagate = false)
public enum SelfAssessmentState {
    /** Bản nháp: the unit is still writing it. */
    DRAFT,
    /** Đã nộp: waiting for Ban TCCB's review; read-only for the unit. */
    SUBMITTED,
    /** Trả lại: Ban TCCB asked for revision; the unit revises and resubmits. */
    RETURNED,
    /** Đã chấp nhận: locked; only a reviewer may reopen it, with a reason. */
    ACCEPTED;

    public boolean isEditableByUnit() {
        return this == DRAFT || this == RETURNED;
    }
}
