package vn.bhxh.tracker.dashboard.export;

import java.io.IOException;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.bhxh.tracker.account.CurrentUser;
import vn.bhxh.tracker.dashboard.DashboardScope;
import vn.bhxh.tracker.system.TrackerProperties;

/**
 * A month's dashboard as files: CSV, Excel and a PDF report, with the dashboard page's scoping
 * (reviewers and executives: the country or a chosen province; a provincial director: always their
 * own province, whatever was asked; anyone else: 403).
 */
@Controller
@RequestMapping("/dashboard")
@PreAuthorize("hasAnyRole('REVIEWER', 'EXECUTIVE', 'PROVINCE_DIRECTOR')")
class ExportController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final MonthExports exports;
    private final PdfExport pdf;
    private final TrackerProperties properties;
    private final Clock clock;

    ExportController(MonthExports exports, PdfExport pdf, TrackerProperties properties, Clock clock) {
        this.exports = exports;
        this.pdf = pdf;
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping("/export.csv")
    void csv(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String month,
             @RequestParam(required = false) Long province, HttpServletResponse response) throws IOException {
        DashboardScope scope = DashboardScope.of(user, province);
        MonthExport export = exports.of(monthOrDefault(month), scope);
        start(response, "text/csv;charset=UTF-8", export.fileName(exports.provinceCode(scope), "csv"));
        CsvExport.write(export, response.getOutputStream());
    }

    @GetMapping("/export.xlsx")
    void xlsx(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String month,
              @RequestParam(required = false) Long province, HttpServletResponse response) throws IOException {
        DashboardScope scope = DashboardScope.of(user, province);
        MonthExport export = exports.of(monthOrDefault(month), scope);
        Map<String, Object> lines = exports.summaryLines(export);
        String title = export.provinceName() == null
                ? exports.text("dashboard.title.national", monthText(export.month()))
                : exports.text("dashboard.title.province", export.provinceName(), monthText(export.month()));
        start(response, XLSX, export.fileName(exports.provinceCode(scope), "xlsx"));
        XlsxExport.write(export, lines, exports.text("export.sheet.summary"), exports.text("export.sheet.units"), title,
                response.getOutputStream());
    }

    @GetMapping("/export.pdf")
    void pdf(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String month,
             @RequestParam(required = false) Long province, HttpServletResponse response) throws IOException {
        DashboardScope scope = DashboardScope.of(user, province);
        MonthExport export = exports.of(monthOrDefault(month), scope);
        start(response, "application/pdf", export.fileName(exports.provinceCode(scope), "pdf"));
        pdf.write(export, exports.summaryLines(export), response.getOutputStream());
    }

    private static void start(HttpServletResponse response, String contentType, String fileName) {
        response.setContentType(contentType);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    private static String monthText(YearMonth month) {
        return String.format("%02d/%d", month.getMonthValue(), month.getYear());
    }

    /** As on the dashboard: last month unless a valid month is asked for. */
    private YearMonth monthOrDefault(String month) {
        if (month != null && !month.isBlank()) {
            try {
                return YearMonth.parse(month);
            } catch (DateTimeParseException notAMonth) {
                // falls through to the default
            }
        }
        return YearMonth.now(clock.withZone(properties.timeZone())).minusMonths(1);
    }
}
