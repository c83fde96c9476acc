package vn.bhxh.tracker.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

/**
 * A reviewer's decision on exactly one submission: who, when, the outcome, a note, and comments
 * on any duty. An acceptance is a record of its own, never just a state. The submission and the
 * reviewer are other modules' records, named here by their ids: what they say is read through
 * those modules' services ({@link ReviewService#decisionsOf}).
 */
@Entity
@Table(name = "review_decision")
class ReviewDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "submission_id")
    private Long submissionId;

    @Enumerated(EnumType.STRING)
    private ReviewOutcome outcome;

    private String note;

    private Instant decidedAt;

    @Column(name = "decided_by_id")
    private Long decidedById;

    @OneToMany(mappedBy = "decision", cascade = CascadeType.ALL)
    private List<ReviewComment> comments = new ArrayList<>();

    protected ReviewDecision() {
    }

    ReviewDecision(Long submissionId, ReviewOutcome outcome, String note, Instant decidedAt, Long decidedById) {
        this.submissionId = submissionId;
        this.outcome = outcome;
        this.note = note == null ? "" : note;
        this.decidedAt = decidedAt;
        this.decidedById = decidedById;
    }

    void comment(Long dutyId, String text) {
        comments.add(new ReviewComment(this, dutyId, text));
    }

    public Long getId() {
        return id;
    }

    public Long getSubmissionId() {
        return submissionId;
    }

    public ReviewOutcome getOutcome() {
        return outcome;
    }

    public String getNote() {
        return note;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public Long getDecidedById() {
        return decidedById;
    }

    public List<ReviewComment> getComments() {
        return comments;
    }
}
