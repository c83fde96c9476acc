package vn.bhxh.tracker.evidence;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * An upload larger than the servlet container takes never reaches the controller: send the user back
 * to the report with the same message as for a file over the application's limit, not to an error page.
 */
@ControllerAdvice
class UploadTooLargeHandler {

    private static final Pattern UPLOAD = Pattern.compile("^/reports/(\\d+)/duties/\\d+/evidence$");

    private final EvidenceProperties properties;

    UploadTooLargeHandler(EvidenceProperties properties) {
        this.properties = properties;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(HttpServletRequest request) {
        var flash = RequestContextUtils.getOutputFlashMap(request);
        flash.put("flashError", "evidence.error.tooBig");
        flash.put("flashArgument", properties.maxFileSizeLabel());
        return "redirect:" + backTo(request.getServletPath());
    }

    static String backTo(String path) {
        Matcher upload = UPLOAD.matcher(path == null ? "" : path);
        return upload.matches() ? "/reports/" + upload.group(1) + "/edit" : "/";
    }
}
