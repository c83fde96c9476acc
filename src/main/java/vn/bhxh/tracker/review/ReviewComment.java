package vn.bhxh.tracker.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A reviewer's comment on one duty of a submission. */
@Entity
@Table(name = "review_comment")
class ReviewComment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "review_decision_id")
    private ReviewDecision decision;

    @Column(name = "duty_id")
    private Long dutyId;

    private String comment;

    protected ReviewComment() {
    }

    ReviewComment(ReviewDecision decision, Long dutyId, String comment) {
        this.decision = decision;
        this.dutyId = dutyId;
        this.comment = comment;
    }

    public Long getDutyId() {
        return dutyId;
    }

    public String getComment() {
        return comment;
    }
}
