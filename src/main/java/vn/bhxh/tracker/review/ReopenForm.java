package vn.bhxh.tracker.review;

/** Reopening an accepted report: the version the reviewer saw and the reason, as typed. */
public class ReopenForm {

    private long version;

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
