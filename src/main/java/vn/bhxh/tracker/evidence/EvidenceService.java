package vn.bhxh.tracker.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import vn.bhxh.tracker.account.CurrentUser;
import vn.bhxh.tracker.account.Role;
import vn.bhxh.tracker.account.UserAccountService;
import vn.bhxh.tracker.audit.AuditLog;
import vn.bhxh.tracker.reporting.AssessmentSubmitted;
import vn.bhxh.tracker.reporting.DutyReport;
import vn.bhxh.tracker.reporting.ReportScope;
import vn.bhxh.tracker.reporting.SelfAssessment;
import vn.bhxh.tracker.reporting.SelfAssessmentRepository;
import vn.bhxh.tracker.reporting.SelfAssessmentService;
import vn.bhxh.tracker.reporting.TransitionNotAllowedException;
import vn.bhxh.tracker.system.NotFoundException;

/**
 * Evidence files of a report's duties. Uploading and deleting follow the report's editing rule (a
 * leader of its unit, while it is a draft or returned), reached through the unit-scoped query;
 * downloading follows the reading rule. A file sent with a submission can no longer be deleted.
 */
@Service
@Transactional
public class EvidenceService {

    static final String ADDED = "EVIDENCE_ADDED";
    static final String DELETED = "EVIDENCE_DELETED";

    private final EvidenceRepository evidence;
    private final EvidenceStorage storage;
    private final EvidenceProperties properties;
    private final SelfAssessmentRepository assessments;
    private final UserAccountService users;
    private final AuditLog auditLog;
    private final Clock clock;

    EvidenceService(EvidenceRepository evidence, EvidenceStorage storage, EvidenceProperties properties,
                    SelfAssessmentRepository assessments, UserAccountService users, AuditLog auditLog, Clock clock) {
        this.evidence = evidence;
        this.storage = storage;
        this.properties = properties;
        this.assessments = assessments;
        this.users = users;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** A file ready to be sent: its name, type and bytes. */
    public record Download(String fileName, String contentType, String sha256, byte[] content) {
    }

    /**
     * Adds files to one duty of a report. Every file is checked (size, then type by content) before
     * any is kept: one refused file keeps the whole upload out.
     *
     * @return the files kept
     * @throws EvidenceRefusedException      for an empty, too large or unaccepted file
     * @throws TransitionNotAllowedException when the report is not a draft or returned
     * @throws NotFoundException             for another unit's report or an unknown duty
     */
    public List<EvidenceFile> upload(CurrentUser user, Long assessmentId, Long dutyId, List<MultipartFile> files) {
        SelfAssessment assessment = editable(user, assessmentId);
        DutyReport dutyReport = assessment.dutyReportFor(dutyId)
                .orElseThrow(() -> new NotFoundException("duty " + dutyId + " of self-assessment " + assessmentId));
        List<MultipartFile> given = files == null ? List.of() : files.stream().filter(f -> !f.isEmpty()).toList();
        if (given.isEmpty()) {
            throw new EvidenceRefusedException("evidence.error.empty", null);
        }
        record Checked(String name, String type, byte[] content) {
        }
        List<Checked> checked = new ArrayList<>();
        for (MultipartFile file : given) {
            String name = EvidenceFiles.sanitiseName(file.getOriginalFilename());
            if (!properties.allows(file.getSize())) {
                throw new EvidenceRefusedException("evidence.error.tooBig", properties.maxFileSizeLabel());
            }
            byte[] content = bytesOf(file);
            String type = EvidenceFiles.detectType(content, name)
                    .orElseThrow(() -> new EvidenceRefusedException("evidence.error.type", name));
            checked.add(new Checked(name, type, content));
        }
        List<Evidence> kept = new ArrayList<>();
        for (Checked file : checked) {
            Evidence saved = evidence.saveAndFlush(new Evidence(dutyReport, file.name(), file.type(), file.content().length,
                    sha256(file.content()), clock.instant(), users.getReference(user.id())));
            storage.store(saved.getId(), file.content());
            auditLog.record(user.id(), user.fullName(), ADDED, SelfAssessmentService.AUDIT_TARGET, assessment.getId(),
                    Map.of("duty", dutyReport.getDuty().getCode(), "file", file.name()));
            kept.add(saved);
        }
        return kept.stream().map(e -> new EvidenceFile(e.getId(), dutyReport.getId(), e.getFileName(), e.getContentType(),
                e.getSize(), e.getSha256(), e.getUploadedAt(), user.fullName(), null)).toList();
    }

    /**
     * Deletes a file that was never submitted, from a report its unit may still edit.
     *
     * @return the id of the file's report
     */
    public Long delete(CurrentUser user, Long evidenceId) {
        Long assessmentId = evidence.findAssessmentIdOf(evidenceId)
                .orElseThrow(() -> new NotFoundException("evidence " + evidenceId));
        SelfAssessment assessment = editable(user, assessmentId);
        Evidence file = evidence.findById(evidenceId).orElseThrow(() -> new NotFoundException("evidence " + evidenceId));
        if (file.isSubmitted()) {
            throw new EvidenceRefusedException("evidence.error.submitted", file.getFileName());
        }
        storage.delete(file.getId());
        evidence.delete(file);
        auditLog.record(user.id(), user.fullName(), DELETED, SelfAssessmentService.AUDIT_TARGET, assessment.getId(),
                Map.of("duty", file.getDutyReport().getDuty().getCode(), "file", file.getFileName()));
        return assessmentId;
    }

    /** The id of the report a file belongs to (where to go back to); 404 for an unknown file. */
    @Transactional(readOnly = true)
    public Long reportOf(Long evidenceId) {
        return evidence.findAssessmentIdOf(evidenceId).orElseThrow(() -> new NotFoundException("evidence " + evidenceId));
    }

    /**
     * A file for someone who may read its report; 404 for anyone else, as for the report itself. A
     * file not yet submitted is the unit's work in progress: only its leaders and its province's
     * director reach it.
     */
    @Transactional(readOnly = true)
    public Download download(CurrentUser user, Long evidenceId) {
        Long assessmentId = evidence.findAssessmentIdOf(evidenceId)
                .orElseThrow(() -> new NotFoundException("evidence " + evidenceId));
        ReportScope scope = ReportScope.of(user);
        SelfAssessment report = assessments.findReadable(assessmentId, scope)
                .orElseThrow(() -> new NotFoundException("evidence " + evidenceId));
        Evidence file = evidence.findById(evidenceId).orElseThrow(() -> new NotFoundException("evidence " + evidenceId));
        if (!file.isSubmitted() && !scope.readsWorkInProgressOf(report.getUnit())) {
            throw new NotFoundException("evidence " + evidenceId);
        }
        return new Download(file.getFileName(), file.getContentType(), file.getSha256(), storage.load(file.getId()));
    }

    /**
     * The report's files by duty report id, or only those sent with a submission; for pages of a
     * report the user was already allowed to see.
     */
    @Transactional(readOnly = true)
    public Map<Long, List<EvidenceFile>> filesOf(Long assessmentId, boolean submittedOnly) {
        return evidence.findFilesOf(assessmentId).stream()
                .filter(file -> !submittedOnly || file.submitted())
                .collect(Collectors.groupingBy(EvidenceFile::dutyReportId, LinkedHashMap::new, Collectors.toList()));
    }

    /** A submission sends the files not yet sent: from now on they stay as they are. */
    @EventListener
    public void freeze(AssessmentSubmitted submitted) {
        evidence.freeze(submitted.assessmentId(), submitted.submissionNumber());
    }

    public EvidenceProperties properties() {
        return properties;
    }

    private SelfAssessment editable(CurrentUser user, Long assessmentId) {
        if (!user.hasRole(Role.UNIT_LEADER)) {
            throw new AccessDeniedException("not a unit leader");
        }
        SelfAssessment assessment = assessments.lockOfUnit(assessmentId, user.unitId())
                .orElseThrow(() -> new NotFoundException("self-assessment " + assessmentId));
        if (!assessment.getState().isEditableByUnit()) {
            throw new TransitionNotAllowedException(assessment.getState());
        }
        return assessment;
    }

    private static byte[] bytesOf(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(byte[] content) {
        try {
            return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
