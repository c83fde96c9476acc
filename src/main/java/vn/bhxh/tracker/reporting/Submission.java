package vn.bhxh.tracker.reporting;

import java.time.Instant;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;


/** One submission of a self-assessment, numbered from 1, with the report frozen as it was sent. */
@Entity
@Table(name = "submission")
public class Submission {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "self_assessment_id")
    private SelfAssessment selfAssessment;

    private int number;

    private Instant submittedAt;

    @Column(name = "submitted_by_id", nullable = false)
    private Long submittedById;

    @JdbcTypeCode(SqlTypes.JSON)
    private String snapshot;

    protected Submission() {
    }

    Submission(SelfAssessment selfAssessment, int number, Instant submittedAt, Long submittedById,
               String snapshot) {
        this.selfAssessment = selfAssessment;
        this.number = number;
        this.submittedAt = submittedAt;
        this.submittedById = submittedById;
        this.snapshot = snapshot;
    }

    public Long getId() {
        return id;
    }

    public SelfAssessment getSelfAssessment() {
        return selfAssessment;
    }

    public int getNumber() {
        return number;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Long getSubmittedById() {
        return submittedById;
    }

    String getSnapshotJson() {
        return snapshot;
    }
}
