package vn.bhxh.tracker.review;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.modulith.NamedInterface;

import jakarta.validation.constraints.Size;

import vn.bhxh.tracker.system.TextLimits;

/**
 * A reviewer's decision as typed: the button pressed ({@code decision}: "accept" or "return"), the
 * report's version when opened, a note, and comments by duty id. Each text is checked here (Bean
 * Validation); the rule across fields, that a return says what to change, is {@link #saysWhatToChange},
 * checked by {@link ReviewFormValidator} and again by {@link ReviewService#returnForRevision}.
 */
@NamedInterface(name = "api", propagate = false)
public class ReviewForm {

    /** The message of a return that says nothing about what to change. */
    static final String WHAT_TO_CHANGE_REQUIRED = "review.return.commentRequired";

    private String decision;

    private long version;

    @Size(max = TextLimits.MAX_TEXT, message = "{text.tooLong}")
    private String note = "";

    private Map<Long, @Size(max = TextLimits.MAX_TEXT, message = "{text.tooLong}") String> comments = new LinkedHashMap<>();

    /** The outcome of the button pressed; none for anything else. */
    public Optional<ReviewOutcome> outcome() {
        if ("accept".equals(decision)) {
            return Optional.of(ReviewOutcome.ACCEPT);
        }
        return "return".equals(decision) ? Optional.of(ReviewOutcome.RETURN) : Optional.empty();
    }

    /** Whether the note or a comment on a duty says something: a return must say what to change. */
    public boolean saysWhatToChange() {
        return !note.isEmpty() || comments.values().stream().anyMatch(c -> c != null && !c.isBlank());
    }

    public String getDecision() {
        return decision;
    }

    public void setDecision(String decision) {
        this.decision = decision;
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
