package vn.bhxh.tracker.review;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import vn.bhxh.tracker.system.TextLimits;

/** Reopening an accepted report: the version the reviewer saw and the reason, as typed (required). */
public class ReopenForm {

    private long version;

    @NotBlank(message = "{review.reopen.reasonRequired}")
    @Size(max = TextLimits.MAX_TEXT, message = "{text.tooLong}")
    private String reason = "";

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason == null ? "" : reason;
    }
}
