package vn.bhxh.tracker.reporting;

/** How fully a unit carried out one duty in a month. */
public enum ComplianceStatus {
    /** Đã thực hiện đầy đủ. */
    DONE,
    /** Thực hiện một phần. */
    PARTIAL,
    /** Chưa thực hiện. */
    NOT_DONE,
    /** Không phát sinh: nothing under this duty happened this month. */
    NOT_APPLICABLE;

    /** Anything short of "đầy đủ" needs a reason and a remedy. */
    public boolean needsReasonAndRemedy() {
        return this == PARTIAL || this == NOT_DONE;
    }
}
