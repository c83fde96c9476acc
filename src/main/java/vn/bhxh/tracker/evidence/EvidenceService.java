package vn.bhxh.tracker.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;

import vn.bhxh.tracker.account.CurrentUser;
import vn.bhxh.tracker.account.UserAccountService;
import vn.bhxh.tracker.audit.AuditLog;
import vn.bhxh.tracker.reporting.DutyReportRef;
import vn.bhxh.tracker.reporting.EvidenceFile;
import vn.bhxh.tracker.reporting.SelfAssessmentRef;
import vn.bhxh.tracker.reporting.SelfAssessmentScope;
import vn.bhxh.tracker.reporting.SelfAssessmentService;
import vn.bhxh.tracker.reporting.SelfAssessmentSubmitted;
import vn.bhxh.tracker.reporting.SelfAssessments;
import vn.bhxh.tracker.reporting.TransitionNotAllowedException;
import vn.bhxh.tracker.system.NotFoundException;

/**
 * Evidence files of a report's duties. Uploading and deleting follow the report's editing rule (a
 * leader of its unit, while it is a draft or returned), reached through the unit-scoped query;
 * downloading follows the reading rule. A file sent with a submission can no longer be deleted.
 * The report, its duty reports and who may do what come from the reporting module's
 * {@link SelfAssessments} (ids and {@link SelfAssessmentRef} records, never its entities); the
 * uploaders' names from {@link UserAccountService}.
 *
 * <p>An upload is checked in three steps so that no file is read while the report is locked or a
 * connection is held: who may upload there (a short read-only transaction, no lock); the files
 * themselves (their sizes, then each copied once to a temporary file while its SHA-256 is computed,
 * and its type judged from a bounded number of bytes), with no transaction; then the report is
 * locked, the rules and the report's quota checked again, and the files stored from their copies.
 */
@Service
@Transactional
public class EvidenceService {

    static final String ADDED = "EVIDENCE_ADDED";
    static final String DELETED = "EVIDENCE_DELETED";

    private final EvidenceRepository evidence;
    private final EvidenceStorage storage;
    private final EvidenceProperties properties;
    private final SelfAssessments assessments;
    private final UserAccountService users;
    private final AuditLog auditLog;
    private final Clock clock;
    private final TransactionTemplate writing;
    private final TransactionTemplate reading;
    private final UploadRefusals refusals;

    EvidenceService(EvidenceRepository evidence, EvidenceStorage storage, EvidenceProperties properties,
                    SelfAssessments assessments, UserAccountService users, AuditLog auditLog, Clock clock,
                    PlatformTransactionManager transactionManager, UploadRefusals refusals) {
        this.refusals = refusals;
        this.evidence = evidence;
        this.storage = storage;
        this.properties = properties;
        this.assessments = assessments;
        this.users = users;
        this.auditLog = auditLog;
        this.clock = clock;
        this.writing = new TransactionTemplate(transactionManager);
        this.reading = new TransactionTemplate(transactionManager);
        this.reading.setReadOnly(true);
    }

    /**
     * A file ready to be sent: its name, type and hash, and its bytes as a resource (its length
     * known) that reads them from storage a piece at a time while the response is written.
     */
    public record Download(String fileName, String contentType, String sha256, Resource content) {
    }

    /** An uploaded file once checked: copied to a temporary file of its own, named for its type. */
    private record Received(String name, String contentType, long size, String sha256, Path copy, int entries,
                            long inflatedSize) {
    }

    /**
     * Adds files to one duty of a report. Every file is checked (sizes, then type by content) before
     * any is kept: one refused file keeps the whole upload out.
     *
     * @return the files kept
     * @throws EvidenceRefusedException      for no file, too many or too large files, a report over its
     *                                       quota, an unaccepted type or a zip bomb
     * @throws TransitionNotAllowedException when the report is not a draft or returned
     * @throws NotFoundException             for another unit's report or an unknown duty
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public List<EvidenceFile> upload(CurrentUser user, Long assessmentId, Long dutyId, List<MultipartFile> files) {
        try {
            return checkAndStore(user, assessmentId, dutyId, files);
        } catch (EvidenceRefusedException refused) {
            refusals.count(refused.messageKey());
            throw refused;
        }
    }

    private List<EvidenceFile> checkAndStore(CurrentUser user, Long assessmentId, Long dutyId, List<MultipartFile> files) {
        List<MultipartFile> given = files == null ? List.of() : files.stream().filter(f -> !f.isEmpty()).toList();
        EvidenceRepository.Usage usage = reading.execute(status -> usageOfEditable(user, assessmentId, dutyId));
        if (given.isEmpty()) {
            throw new EvidenceRefusedException("evidence.error.empty", null);
        }
        checkSizes(given.size(), given.stream().mapToLong(MultipartFile::getSize).toArray(), usage);
        List<Received> received = new ArrayList<>();
        try {
            for (MultipartFile file : given) {
                received.add(receive(file));
            }
            checkArchives(received);
            return writing.execute(status -> store(user, assessmentId, dutyId, received));
        } finally {
            received.forEach(file -> deleteQuietly(file.copy()));
        }
    }

    /** The report's files and bytes so far, once the user is found to be allowed to add to this duty. */
    private EvidenceRepository.Usage usageOfEditable(CurrentUser user, Long assessmentId, Long dutyId) {
        SelfAssessmentRef report = assessments.findEditableRef(user, assessmentId);
        requireDuty(report, dutyId);
        return evidence.usageOf(report.dutyReportIds());
    }

    /** The duty must be one of the report's; who may change the report is SelfAssessments' rule. */
    private static DutyReportRef requireDuty(SelfAssessmentRef report, Long dutyId) {
        return report.dutyReportFor(dutyId)
                .orElseThrow(() -> new NotFoundException("duty " + dutyId + " of self-assessment " + report.id()));
    }

    /** The limits on one upload (files, size of each, size of all) and on the report (files, bytes). */
    private void checkSizes(int count, long[] sizes, EvidenceRepository.Usage usage) {
        if (count > properties.maxFilesPerUpload()) {
            throw new EvidenceRefusedException("evidence.error.tooMany", properties.maxFilesPerUpload());
        }
        long total = 0;
        for (long size : sizes) {
            if (!properties.allows(size)) {
                throw new EvidenceRefusedException("evidence.error.tooBig", properties.maxFileSizeLabel());
            }
            total += size;
        }
        if (total > properties.maxUploadSize().toBytes()) {
            throw new EvidenceRefusedException("evidence.error.uploadTooBig", EvidenceProperties.label(properties.maxUploadSize()));
        }
        if (usage.getFiles() + count > properties.maxFilesPerReport()) {
            throw new EvidenceRefusedException("evidence.error.reportFiles", properties.maxFilesPerReport());
        }
        if (usage.getBytes() + total > properties.maxReportSize().toBytes()) {
            throw new EvidenceRefusedException("evidence.error.reportSize", EvidenceProperties.label(properties.maxReportSize()));
        }
    }

    /**
     * Copies the upload to a temporary file of its own, computing its SHA-256 on the way, and judges
     * its type from the copy; the name gets the extension of the type found.
     */
    private Received receive(MultipartFile file) {
        String name = EvidenceFiles.sanitiseName(file.getOriginalFilename());
        Path copy = null;
        try {
            copy = Files.createTempFile("evidence-", ".upload");
            MessageDigest sha256 = sha256Digest();
            long size;
            try (InputStream in = file.getInputStream();
                 OutputStream out = new DigestOutputStream(Files.newOutputStream(copy), sha256)) {
                size = in.transferTo(out);
            }
            if (size == 0 || !properties.allows(size)) {
                throw new EvidenceRefusedException(size == 0 ? "evidence.error.empty" : "evidence.error.tooBig",
                        size == 0 ? null : properties.maxFileSizeLabel());
            }
            EvidenceFiles.Detected detected;
            try (SeekableByteChannel content = Files.newByteChannel(copy)) {
                detected = EvidenceFiles.detect(content, name, properties.archive())
                        .orElseThrow(() -> new EvidenceRefusedException("evidence.error.type", name));
            } catch (ZipCentralDirectory.TooLargeException bomb) {
                throw new EvidenceRefusedException("evidence.error.archive", name);
            }
            Received received = new Received(EvidenceFiles.nameFor(name, detected.contentType()), detected.contentType(),
                    size, HexFormat.of().formatHex(sha256.digest()), copy, detected.entries(), detected.inflatedSize());
            copy = null;
            return received;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot receive " + name, e);
        } finally {
            if (copy != null) {
                deleteQuietly(copy);
            }
        }
    }

    /** The archive limits over the whole upload: many files each just under the limits make one bomb too. */
    private void checkArchives(List<Received> received) {
        long entries = received.stream().mapToLong(Received::entries).sum();
        long inflated = received.stream().mapToLong(Received::inflatedSize).sum();
        EvidenceProperties.Archive limits = properties.archive();
        if (entries > limits.maxUploadEntries() || inflated > limits.maxUploadInflatedSize().toBytes()) {
            throw new EvidenceRefusedException("evidence.error.archiveUpload", null);
        }
    }

    /** Under the report's lock: the rules and the quota again (another upload may have come first), then the files. */
    private List<EvidenceFile> store(CurrentUser user, Long assessmentId, Long dutyId, List<Received> received) {
        SelfAssessmentRef report = assessments.lockEditableRef(user, assessmentId);
        DutyReportRef dutyReport = requireDuty(report, dutyId);
        checkSizes(received.size(), received.stream().mapToLong(Received::size).toArray(),
                evidence.usageOf(report.dutyReportIds()));
        List<EvidenceFile> kept = new ArrayList<>();
        for (Received file : received) {
            Evidence saved = evidence.saveAndFlush(new Evidence(dutyReport.id(), file.name(), file.contentType(), file.size(),
                    file.sha256(), clock.instant(), user.id()));
            try (InputStream content = Files.newInputStream(file.copy())) {
                storage.store(saved.getId(), content);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot store " + file.name(), e);
            }
            auditLog.record(user.id(), user.fullName(), ADDED, SelfAssessmentService.AUDIT_TARGET, report.id(),
                    Map.of("duty", dutyReport.dutyCode(), "file", file.name()));
            kept.add(new EvidenceFile(saved.getId(), dutyReport.id(), saved.getFileName(), saved.getContentType(),
                    saved.getSize(), saved.getSha256(), saved.getUploadedAt(), user.fullName(), null));
        }
        return kept;
    }

    /**
     * Deletes a file that was never submitted, from a report its unit may still edit.
     *
     * @return the id of the file's report
     */
    public Long delete(CurrentUser user, Long evidenceId) {
        Long assessmentId = reportOf(evidenceId);
        SelfAssessmentRef report = assessments.lockEditableRef(user, assessmentId);
        // read under the report's lock: a submission that came first has marked it as sent
        Evidence file = evidence.findById(evidenceId).orElseThrow(() -> new NotFoundException("evidence " + evidenceId));
        if (file.isSubmitted()) {
            throw new EvidenceRefusedException("evidence.error.submitted", file.getFileName());
        }
        storage.delete(file.getId());
        evidence.delete(file);
        String dutyCode = report.dutyReport(file.getDutyReportId()).map(DutyReportRef::dutyCode).orElseThrow();
        auditLog.record(user.id(), user.fullName(), DELETED, SelfAssessmentService.AUDIT_TARGET, report.id(),
                Map.of("duty", dutyCode, "file", file.getFileName()));
        return assessmentId;
    }

    /** The id of the report a file belongs to (where to go back to); 404 for an unknown file. */
    @Transactional(readOnly = true)
    public Long reportOf(Long evidenceId) {
        return evidence.findDutyReportIdOf(evidenceId).flatMap(assessments::findIdByDutyReport)
                .orElseThrow(() -> new NotFoundException("evidence " + evidenceId));
    }

    /**
     * A file for someone who may read its report; 404 for anyone else, as for the report itself. A
     * file not yet submitted is the unit's work in progress: only those who read the report whole
     * reach it (its leaders, its province's director, and theirs of the units that continued it:
     * {@code SelfAssessments#readsWhole}). Its bytes are read from storage only as the response is written, after
     * this transaction.
     */
    @Transactional(readOnly = true)
    public Download download(CurrentUser user, Long evidenceId) {
        Evidence file = evidence.findById(evidenceId).orElseThrow(() -> new NotFoundException("evidence " + evidenceId));
        Long assessmentId = assessments.findIdByDutyReport(file.getDutyReportId())
                .orElseThrow(() -> new NotFoundException("evidence " + evidenceId));
        // a file not yet submitted is the unit's work in progress: the scope without other units' reports
        SelfAssessmentScope scope = assessments.scopeOf(user);
        if (!assessments.isReadable(assessmentId, file.isSubmitted() ? scope : scope.withoutOtherUnits())) {
            throw new NotFoundException("evidence " + evidenceId);
        }
        return new Download(file.getFileName(), file.getContentType(), file.getSha256(),
                new StoredContent(storage, file.getId(), file.getSize()));
    }

    /**
     * The report's files by duty report id, or only those sent with a submission; for pages of a
     * report the user was already allowed to see.
     */
    @Transactional(readOnly = true)
    public Map<Long, List<EvidenceFile>> filesOf(Long assessmentId, boolean submittedOnly) {
        List<Long> dutyReportIds = assessments.refOf(assessmentId).dutyReportIds();
        List<Evidence> files = dutyReportIds.isEmpty() ? List.of() : evidence.findByDutyReports(dutyReportIds).stream()
                .filter(file -> !submittedOnly || file.isSubmitted())
                .toList();
        Map<Long, String> uploaders = users.fullNamesOf(files.stream().map(Evidence::getUploadedById).collect(Collectors.toSet()));
        return files.stream()
                .map(file -> new EvidenceFile(file.getId(), file.getDutyReportId(), file.getFileName(), file.getContentType(),
                        file.getSize(), file.getSha256(), file.getUploadedAt(), uploaders.get(file.getUploadedById()),
                        file.getSubmissionNumber()))
                .collect(Collectors.groupingBy(EvidenceFile::dutyReportId, LinkedHashMap::new, Collectors.toList()));
    }

    /** A submission sends the files not yet sent: from now on they stay as they are. */
    @EventListener
    public void freeze(SelfAssessmentSubmitted submitted) {
        List<Long> dutyReportIds = assessments.refOf(submitted.assessmentId()).dutyReportIds();
        if (!dutyReportIds.isEmpty()) {
            evidence.freeze(dutyReportIds, submitted.submissionNumber());
        }
    }

    public EvidenceProperties properties() {
        return properties;
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // a temporary file left behind is removed with the temporary directory
        }
    }
}
