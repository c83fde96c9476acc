package vn.bhxh.tracker.review;

import java.util.LinkedHashMap;
import java.util.Map;

/** A reviewer's decision as typed: the report's version when opened, a note, and comments by duty id. */
public class ReviewForm {

    private long version;

    private String note = "";

    private Map<Long, String> comments = new LinkedHashMap<>();

    public boolean hasAnyComment() {
        return comments.values().stream().anyMatch(c -> c != null && !c.isBlank());
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note == null ? "" : note.strip();
    }

    public Map<Long, String> getComments() {
        return comments;
    }

    public void setComments(Map<Long, String> comments) {
        this.comments = comments == null ? new LinkedHashMap<>() : comments;
    }
}
