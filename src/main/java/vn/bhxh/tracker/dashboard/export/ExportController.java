package vn.bhxh.tracker.dashboard.export;

import java.io.IOException;
import java.time.YearMonth;
import java.util.function.BiFunction;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.bhxh.tracker.account.CurrentUser;
import vn.bhxh.tracker.dashboard.DashboardScope;
import vn.bhxh.tracker.reporting.ReportingPeriods;

/**
 * A month's dashboard, or the year to date, as files: CSV, Excel and a PDF report, with the
 * dashboard page's scoping (reviewers and executives: the country or a chosen province; a
 * provincial director: always their own province, whatever was asked; anyone else: 403). As on the
 * dashboard, the month now due unless another is asked for; a month without a reporting period is 404.
 */
@Controller
@RequestMapping("/dashboard")
@PreAuthorize("hasAnyRole('REVIEWER', 'EXECUTIVE', 'PROVINCE_DIRECTOR')")
class ExportController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final DashboardExports exports;
    private final PdfExport pdf;
    private final ReportingPeriods periods;

    ExportController(DashboardExports exports, PdfExport pdf, ReportingPeriods periods) {
        this.exports = exports;
        this.pdf = pdf;
        this.periods = periods;
    }

    /** The month shown on the dashboard. */
    @GetMapping("/export.{type:csv|xlsx|pdf}")
    void month(@AuthenticationPrincipal CurrentUser user, @PathVariable String type,
               @RequestParam(required = false) YearMonth month, @RequestParam(required = false) Long province,
               HttpServletResponse response) throws IOException {
        send(exports::month, user, month, province, type, response);
    }

    /** January up to the month shown. */
    @GetMapping("/year/export.{type:csv|xlsx|pdf}")
    void year(@AuthenticationPrincipal CurrentUser user, @PathVariable String type,
              @RequestParam(required = false) YearMonth month, @RequestParam(required = false) Long province,
              HttpServletResponse response) throws IOException {
        send(exports::year, user, month, province, type, response);
    }

    /** The export of the month shown (the one asked for, or the one now due) in the reader's scope, as a file of the type. */
    private void send(BiFunction<YearMonth, DashboardScope, Export> what, CurrentUser user, YearMonth month, Long province,
                      String type, HttpServletResponse response) throws IOException {
        DashboardScope scope = DashboardScope.of(user, province);
        YearMonth shown = periods.getOrCurrent(month).month();
        Export export = what.apply(shown, scope);
        String provinceCode = exports.provinceCode(shown, scope);
        String contentType = switch (type) {
            case "csv" -> "text/csv;charset=UTF-8";
            case "xlsx" -> XLSX;
            default -> "application/pdf";
        };
        response.setContentType(contentType);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(export.fileName(provinceCode, type)).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        switch (type) {
            case "csv" -> CsvExport.write(export, response.getOutputStream());
            case "xlsx" -> XlsxExport.write(export, exports.text("export.sheet.summary"), exports.text("export.sheet.units"),
                    response.getOutputStream());
            default -> pdf.write(export, response.getOutputStream());
        }
    }
}
