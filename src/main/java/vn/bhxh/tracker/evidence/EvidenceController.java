package vn.bhxh.tracker.evidence;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

import vn.bhxh.tracker.reporting.EvidenceFile;
import vn.bhxh.tracker.account.CurrentUser;
import vn.bhxh.tracker.reporting.TransitionNotAllowedException;

/** Uploading evidence files to a duty of a report, downloading and deleting them. */
@Controller
class EvidenceController {

    private final EvidenceService evidence;

    EvidenceController(EvidenceService evidence) {
        this.evidence = evidence;
    }

    @PostMapping("/reports/{reportId}/duties/{dutyId}/evidence")
    @PreAuthorize("hasRole('UNIT_LEADER')")
    String upload(@AuthenticationPrincipal CurrentUser user, @PathVariable long reportId, @PathVariable long dutyId,
                  @RequestParam(name = "files", required = false) List<MultipartFile> files, RedirectAttributes redirect) {
        return changed(reportId, redirect, () -> {
            List<EvidenceFile> kept = evidence.upload(user, reportId, dutyId, files);
            redirect.addFlashAttribute("flashSuccess", "evidence.flash.added");
            redirect.addFlashAttribute("flashArgument", kept.size());
        });
    }

    @PostMapping("/evidence/{id}/delete")
    @PreAuthorize("hasRole('UNIT_LEADER')")
    String delete(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        return changed(evidence.reportOf(id), redirect, () -> {
            evidence.delete(user, id);
            redirect.addFlashAttribute("flashSuccess", "evidence.flash.deleted");
        });
    }

    /**
     * Runs a change to a report's evidence and goes back to editing the report; a refusal becomes the
     * page's error message, and a report no longer editable is shown read-only.
     */
    private static String changed(Long reportId, RedirectAttributes redirect, Runnable change) {
        try {
            change.run();
        } catch (EvidenceRefusedException refused) {
            redirect.addFlashAttribute("flashError", refused.messageKey());
            redirect.addFlashAttribute("flashArgument", refused.argument());
        } catch (TransitionNotAllowedException notEditable) {
            redirect.addFlashAttribute("flashError", "report.flash.notEditable");
            return "redirect:/reports/" + reportId;
        }
        return "redirect:/reports/" + reportId + "/edit";
    }

    /**
     * The file itself, always as an attachment and never sniffed into something the browser would
     * run; streamed from storage as it is sent (range requests included), never held in memory whole.
     */
    @GetMapping("/evidence/{id}")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<Resource> download(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        EvidenceService.Download file = evidence.download(user, id);
        // no Content-Length here: the converter takes it from the resource, or from the range it sends
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(file.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .eTag(file.sha256())
                .contentType(MediaType.parseMediaType(file.contentType()))
                .body(file.content());
    }

    /** {@code attachment}, a plain-ASCII {@code filename} and the real name in RFC 5987's {@code filename*}. */
    static String contentDisposition(String fileName) {
        return "attachment; filename=\"" + EvidenceFiles.asciiName(fileName) + "\"; filename*=UTF-8''"
                + UriUtils.encode(fileName, StandardCharsets.UTF_8);
    }
}
