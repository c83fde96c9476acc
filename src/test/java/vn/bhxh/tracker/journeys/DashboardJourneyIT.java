package vn.bhxh.tracker.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;

import vn.bhxh.tracker.support.BrowserTest;
import vn.bhxh.tracker.support.Chromium;
import vn.bhxh.tracker.support.Journey;

/**
 * The oversight pages in Chromium, on the demo's sample reports of last month: Vụ TCCB's national
 * figures leading to the units behind them and the files it downloads, the executive's ranking of
 * provinces, and the director's own province (the month and the year to date), which is all a
 * director sees.
 */
@BrowserTest
class DashboardJourneyIT extends Journey {

    @Test
    void theReviewerGoesFromAFigureToTheUnitsBehindIt() {
        Page page = signedIn("tccb");
        page.getByText("Tổng hợp").first().click();
        assertThat(page.getByTestId("dashboard").locator("h1")).containsText("Tổng hợp toàn quốc");
        assertThat(page.getByTestId("trend")).isVisible();
        Chromium.screenshotOfWindow(page, "tong-hop-toan-quoc");
        page.getByTestId("worsened-indicators-link").click();
        assertThat(page.getByTestId("dashboard-worsened").locator("h1")).containsText("Chỉ tiêu xấu đi 3 tháng liên tiếp");
        page.goBack();

        page.locator("[data-figure=WAITING]").click();
        assertThat(page.getByTestId("unit-matrix")).containsText("BHXH cơ sở Đống Đa");
        Chromium.screenshotOfWindow(page, "tong-hop-don-vi");
        page.getByText("BHXH cơ sở Đống Đa").click();
        assertThat(page.getByTestId("report")).containsText("BHXH cơ sở Đống Đa");
        close(page);
    }

    @Test
    void theExecutiveRanksProvincesAndOpensOne() {
        Page page = signedIn("tgd");
        page.navigate(url("/dashboard/provinces"));
        assertThat(page.getByTestId("province-ranking")).containsText("BHXH thành phố Hà Nội");
        Chromium.screenshotOfWindow(page, "xep-hang-tinh");
        page.getByTestId("province-ranking").getByText("BHXH thành phố Hà Nội").click();
        assertThat(page.getByTestId("dashboard").locator("h1")).containsText("Tổng hợp BHXH thành phố Hà Nội");
        close(page);
    }

    @Test
    void theDirectorSeesOnlyTheirProvince() {
        Page page = signedIn("hanoi");
        page.getByText("Tổng hợp").first().click();
        assertThat(page.getByTestId("dashboard").locator("h1")).containsText("BHXH thành phố Hà Nội");
        assertThat(page.locator("select#province")).hasCount(0);
        Chromium.screenshotOfWindow(page, "tong-hop-tinh");
        page.locator("[data-figure=EXPECTED]").click();
        assertThat(page.getByTestId("unit-matrix")).containsText("BHXH cơ sở Hoàn Kiếm");
        assertThat(page.getByTestId("unit-matrix")).not().containsText("BHXH tỉnh");
        page.navigate(url("/dashboard/provinces"));
        assertThat(page.locator("h1")).hasText("Không có quyền truy cập");
        close(page);
    }

    @Test
    void theDirectorFollowsTheYearToDateIntoAMonthsReport() {
        Page page = signedIn("hanoi");
        page.getByText("Tổng hợp").first().click();
        assertThat(page.getByTestId("duty-trend")).containsText("Nhiệm vụ 2đ");
        Chromium.screenshot(page.getByTestId("duty-trend"), "bieu-do-nhiem-vu");
        page.getByTestId("year-link").click();
        assertThat(page.getByTestId("dashboard-year").locator("h1")).containsText("BHXH thành phố Hà Nội từ đầu năm");
        Locator dongDa = page.getByTestId("year-matrix").locator("tr", new Locator.LocatorOptions().setHasText("BHXH cơ sở Đống Đa"));
        assertThat(dongDa.locator("a.month-badge").last()).isVisible();
        assertThat(page.getByTestId("year-matrix")).not().containsText("BHXH tỉnh");
        Chromium.screenshotOfWindow(page, "tu-dau-nam");
        dongDa.locator("a.month-badge").last().click();
        assertThat(page.getByTestId("report")).containsText("BHXH cơ sở Đống Đa");
        close(page);
    }

    @Test
    void theReviewerDownloadsAProvincesMonthAndYearAsExcelCsvAndPdf() throws Exception {
        Page page = signedIn("tccb");
        page.getByText("Tổng hợp").first().click();
        chooseAndReload(page, page.locator("select#province"), new SelectOption().setLabel("BHXH thành phố Hà Nội"));
        assertThat(page.getByTestId("dashboard").locator("h1")).containsText("Tổng hợp BHXH thành phố Hà Nội");

        Download excel = page.waitForDownload(() -> page.locator("[data-export=xlsx]").click());
        org.assertj.core.api.Assertions.assertThat(excel.suggestedFilename()).startsWith("chi-thi-2165-").endsWith("-T01.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(excel.path())))) {
            DataFormatter text = new DataFormatter();
            org.assertj.core.api.Assertions.assertThat(workbook.getSheet("Tổng hợp").getRow(0).getCell(0).getStringCellValue())
                    .startsWith("Tổng hợp BHXH thành phố Hà Nội");
            StringBuilder units = new StringBuilder();
            workbook.getSheet("Đơn vị").forEach(row -> row.forEach(cell -> units.append(text.formatCellValue(cell)).append('|')));
            org.assertj.core.api.Assertions.assertThat(units).contains("BHXH cơ sở Đống Đa|", "Đã nộp|", "BHXH cơ sở Hoàng Mai - Thanh Trì|");
        }

        Download csv = page.waitForDownload(() -> page.locator("[data-export=csv]").click());
        String csvText = new String(Files.readAllBytes(csv.path()), StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThat(csvText).startsWith("\uFEFFMã,Tên đơn vị").contains("BHXH cơ sở Ba Đình");

        Download pdf = page.waitForDownload(() -> page.locator("[data-export=pdf]").click());
        org.assertj.core.api.Assertions.assertThat(pdfText(pdf)).contains("BÁO CÁO", "của BHXH thành phố Hà Nội", "TRƯỞNG BAN");

        page.getByTestId("year-link").click();
        Download yearPdf = page.waitForDownload(() -> page.locator("[data-export=pdf]").click());
        org.assertj.core.api.Assertions.assertThat(yearPdf.suggestedFilename()).contains("-01-den-");
        org.assertj.core.api.Assertions.assertThat(pdfText(yearPdf)).contains("từ tháng 01 đến tháng", "CÁC ĐƠN VỊ CÓ THÁNG CHƯA NỘP");
        close(page);
    }

    private static String pdfText(Download download) throws Exception {
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(download.path()))) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

}
