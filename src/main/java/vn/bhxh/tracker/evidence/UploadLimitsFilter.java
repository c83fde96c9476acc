package vn.bhxh.tracker.evidence;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.tomcat.util.http.fileupload.impl.FileCountLimitExceededException;
import org.apache.tomcat.util.http.fileupload.impl.FileSizeLimitExceededException;
import org.apache.tomcat.util.http.fileupload.impl.SizeLimitExceededException;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Reads a multipart upload's parts before anything else asks for a parameter. The servlet container
 * keeps its own limits (a part, the whole request, the number of parts: {@code spring.servlet.multipart.*},
 * {@code server.tomcat.max-part-count}); a request over one of them would fail inside Spring Security's
 * CSRF check, the first to read a parameter, and end on Tomcat's bare English 413 page. Here it sends
 * the person back to the report they were editing, with the application's message for that limit
 * (the same as when the application's own, lower limits refuse the upload), and their typed draft is
 * still in their browser (see {@code app.js}).
 */
@Component
class UploadLimitsFilter extends OncePerRequestFilter implements Ordered {

    private static final Pattern UPLOAD = Pattern.compile("^/reports/(\\d+)/duties/\\d+/evidence$");

    private final EvidenceProperties properties;
    private final SessionFlashMapManager flashMaps = new SessionFlashMapManager();
    private final UploadRefusals refusals;

    UploadLimitsFilter(EvidenceProperties properties, MultipartConfigElement container, UploadRefusals refusals) {
        this.properties = properties;
        this.refusals = refusals;
        requireAtMost("tracker.evidence.max-file-size", properties.maxFileSize().toBytes(),
                "spring.servlet.multipart.max-file-size", container.getMaxFileSize());
        requireAtMost("tracker.evidence.max-upload-size", properties.maxUploadSize().toBytes(),
                "spring.servlet.multipart.max-request-size", container.getMaxRequestSize());
    }

    /** An application limit above the container's would never be reached: the container would refuse first. */
    private static void requireAtMost(String setting, long limit, String containerSetting, long containerLimit) {
        if (containerLimit >= 0 && limit > containerLimit) {
            throw new IllegalStateException(setting + " (" + limit + " bytes) is above " + containerSetting + " ("
                    + containerLimit + " bytes): raise " + containerSetting + " too");
        }
    }

    /** Before Spring Security's filters, which would be the first to read the request's parts. */
    @Override
    public int getOrder() {
        return SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // only the upload form: any other multipart request is left to Spring Security and the controllers
        String type = request.getContentType();
        return !"POST".equals(request.getMethod()) || type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")
                || !UPLOAD.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            request.getParts();
        } catch (IOException | ServletException | IllegalStateException refused) {
            String target = backTo(request.getRequestURI().substring(request.getContextPath().length()));
            FlashMap flash = new FlashMap();
            refusals.count(messageKey(refused));
            flash.put("flashError", messageKey(refused));
            flash.put("flashArgument", argument(refused));
            flash.setTargetRequestPath(target);
            flashMaps.saveOutputFlashMap(flash, request, response);
            response.sendRedirect(request.getContextPath() + target);
            return;
        }
        chain.doFilter(request, response);
    }

    /** The report's edit page for an upload to one of its duties; the home page for anything else. */
    static String backTo(String path) {
        Matcher upload = UPLOAD.matcher(path == null ? "" : path);
        return upload.matches() ? "/reports/" + upload.group(1) + "/edit" : "/";
    }

    private static String messageKey(Throwable refused) {
        for (Throwable cause = refused; cause != null; cause = cause.getCause()) {
            if (cause instanceof FileSizeLimitExceededException) {
                return "evidence.error.tooBig";
            }
            if (cause instanceof SizeLimitExceededException) {
                return "evidence.error.uploadTooBig";
            }
            if (cause instanceof FileCountLimitExceededException) {
                return "evidence.error.tooMany";
            }
        }
        return "evidence.error.unreadable";
    }

    /** The application's limit, which is what the person can act on (the container's is higher). */
    private Object argument(Throwable refused) {
        return switch (messageKey(refused)) {
            case "evidence.error.tooBig" -> properties.maxFileSizeLabel();
            case "evidence.error.uploadTooBig" -> EvidenceProperties.label(properties.maxUploadSize());
            case "evidence.error.tooMany" -> properties.maxFilesPerUpload();
            default -> null;
        };
    }
}
