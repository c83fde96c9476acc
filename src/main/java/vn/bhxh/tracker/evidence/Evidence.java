package vn.bhxh.tracker.evidence;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A file (tài liệu kiểm chứng) that backs up what a unit reported for one duty. Its bytes sit in
 * {@link EvidenceStorage}; once it went out with a submission it stays, and a revision adds files.
 * The duty report and the uploader belong to other modules: it refers to them by id (the database
 * keeps the foreign keys), and learns of them through those modules' services.
 */
@Entity
@Table(name = "evidence")
class Evidence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "duty_report_id", nullable = false)
    private Long dutyReportId;

    private String fileName;

    private String contentType;

    @Column(name = "size_bytes")
    private long size;

    private String sha256;

    private Instant uploadedAt;

    @Column(name = "uploaded_by_id", nullable = false)
    private Long uploadedById;

    /** The submission it was first sent with; null while it was never submitted. */
    private Integer submissionNumber;

    protected Evidence() {
    }

    Evidence(Long dutyReportId, String fileName, String contentType, long size, String sha256, Instant uploadedAt,
             Long uploadedById) {
        this.dutyReportId = dutyReportId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.size = size;
        this.sha256 = sha256;
        this.uploadedAt = uploadedAt;
        this.uploadedById = uploadedById;
    }

    public boolean isSubmitted() {
        return submissionNumber != null;
    }

    public Long getId() {
        return id;
    }

    public Long getDutyReportId() {
        return dutyReportId;
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

    public Long getUploadedById() {
        return uploadedById;
    }

    public Integer getSubmissionNumber() {
        return submissionNumber;
    }
}
