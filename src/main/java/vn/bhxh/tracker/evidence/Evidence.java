package vn.bhxh.tracker.evidence;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import vn.bhxh.tracker.account.UserAccount;
import vn.bhxh.tracker.reporting.DutyReport;

/**
 * A file (tài liệu kiểm chứng) that backs up what a unit reported for one duty. Its bytes sit in
 * {@link EvidenceStorage}; once it went out with a submission it stays, and a revision adds files.
 */
@Entity
@Table(name = "evidence")
class Evidence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "duty_report_id")
    private DutyReport dutyReport;

    private String fileName;

    private String contentType;

    @Column(name = "size_bytes")
    private long size;

    private String sha256;

    private Instant uploadedAt;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "uploaded_by_id")
    private UserAccount uploadedBy;

    /** The submission it was first sent with; null while it was never submitted. */
    private Integer submissionNumber;

    protected Evidence() {
    }

    Evidence(DutyReport dutyReport, String fileName, String contentType, long size, String sha256, Instant uploadedAt,
             UserAccount uploadedBy) {
        this.dutyReport = dutyReport;
        this.fileName = fileName;
        this.contentType = contentType;
        this.size = size;
        this.sha256 = sha256;
        this.uploadedAt = uploadedAt;
        this.uploadedBy = uploadedBy;
    }

    public boolean isSubmitted() {
        return submissionNumber != null;
    }

    public Long getId() {
        return id;
    }

    public DutyReport getDutyReport() {
        return dutyReport;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSize() {
        return size;
    }

    public String getSha256() {
        return sha256;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public UserAccount getUploadedBy() {
        return uploadedBy;
    }

    public Integer getSubmissionNumber() {
        return submissionNumber;
    }
}
