package vn.bhxh.tracker.review;

/** What Ban TCCB decided on a submission. */
public enum ReviewOutcome {
    /** Chấp nhận. */
    ACCEPT,
    /** Yêu cầu bổ sung, chỉnh sửa: the unit revises and resubmits. */
    RETURN
}
