package vn.bhxh.tracker.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

import vn.bhxh.tracker.account.UserAccount;
import vn.bhxh.tracker.reporting.Submission;

/**
 * A reviewer's decision on exactly one submission: who, when, the outcome, a note, and comments
 * on any duty. An acceptance is a record of its own, never just a state.
 */
@Entity
@Table(name = "review_decision")
class ReviewDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "submission_id")
    private Submission submission;

    @Enumerated(EnumType.STRING)
    private ReviewOutcome outcome;

    private String note;

    private Instant decidedAt;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "decided_by_id")
    private UserAccount decidedBy;

    @OneToMany(mappedBy = "decision", cascade = CascadeType.ALL)
    private List<ReviewComment> comments = new ArrayList<>();

    protected ReviewDecision() {
    }

    ReviewDecision(Submission submission, ReviewOutcome outcome, String note, Instant decidedAt, UserAccount decidedBy) {
        this.submission = submission;
        this.outcome = outcome;
        this.note = note == null ? "" : note;
        this.decidedAt = decidedAt;
        this.decidedBy = decidedBy;
    }

    void comment(Long dutyId, String text) {
        comments.add(new ReviewComment(this, dutyId, text));
    }

    public Long getId() {
        return id;
    }

    public Submission getSubmission() {
        return submission;
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

    public UserAccount getDecidedBy() {
        return decidedBy;
    }

    public List<ReviewComment> getComments() {
        return comments;
    }
}
