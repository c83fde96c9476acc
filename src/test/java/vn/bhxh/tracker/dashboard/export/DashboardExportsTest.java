package vn.bhxh.tracker.dashboard.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.bhxh.tracker.support.Pages.html;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.bhxh.tracker.dashboard.HaGiang2021;
import vn.bhxh.tracker.reporting.ReportingPeriods;
import vn.bhxh.tracker.support.DemoUsers;
import vn.bhxh.tracker.support.IntegrationTest;
import vn.bhxh.tracker.support.TestClock;

/**
 * The exports of a month and of the year to date, read back (Excel with POI, CSV by hand, PDF with PDFBox) on the known
 * data set of Hà Giang in September 2021, whose figures are counted by hand in {@link HaGiang2021}.
 */
@IntegrationTest
class DashboardExportsTest {

    private static final String MONTH = HaGiang2021.MONTH.toString();

    // the demo profile wraps the application's clock (demo.DemoClock): the test clock itself is this one
    final TestClock clock = TestClock.INSTANCE;

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ReportingPeriods periods;

    private HaGiang2021 data;

    @BeforeEach
    void knownDataSet() {
        data = HaGiang2021.ensure(jdbc, periods);
    }

    @Test
    void theWorkbookHasTheFiguresAndOneRowPerUnit() throws Exception {
        byte[] body = mvc.perform(export("xlsx", "tccb"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", ExportController.XLSX))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"chi-thi-2165-2021-09-T02.xlsx\""))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            Map<String, Double> figures = summaryFigures(workbook);
            assertThat(figures).containsEntry("Đơn vị phải báo cáo", 12.0).containsEntry("Nộp đúng hạn", 2.0)
                    .containsEntry("Nộp muộn", 1.0).containsEntry("Chưa nộp (quá hạn)", 9.0)
                    .containsEntry("Bị trả lại", 1.0).containsEntry("Đã chấp nhận", 1.0)
                    .containsEntry("Tỷ lệ thực hiện đầy đủ (%)", 75.0);

            Sheet units = workbook.getSheet("Đơn vị");
            assertThat(units.getLastRowNum()).isEqualTo(12);
            assertThat(units.getPaneInformation().isFreezePane()).isTrue();
            assertThat(units.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(units.getRow(0).getCell(0).getCellStyle().getFontIndex()).isPositive();
            assertThat(workbook.getFontAt(units.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            DataFormatter text = new DataFormatter();
            List<String> office = new ArrayList<>();
            units.getRow(1).forEach(cell -> office.add(text.formatCellValue(cell)));
            assertThat(office).startsWith("T02", "BHXH tỉnh Hà Giang", "BHXH tỉnh, thành phố", "Bảo hiểm xã hội Việt Nam",
                    "Đã chấp nhận", "Đúng hạn", "5", "6", "Đã thực hiện đầy đủ");
            assertThat(office).endsWith("Thực hiện một phần", "Không phát sinh");
            assertThat(units.getRow(1).getCell(6).getNumericCellValue()).isEqualTo(5.0);
        }
    }

    @Test
    void theCsvHasABomAHeaderAndOneQuotedRowPerUnit() throws Exception {
        byte[] body = mvc.perform(export("csv", "tgd"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"chi-thi-2165-2021-09-T02.csv\""))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
        List<List<String>> rows = parseCsv(new String(body, 3, body.length - 3, StandardCharsets.UTF_8));
        assertThat(rows).hasSize(13);
        assertThat(rows.get(0)).containsExactly("Mã", "Tên đơn vị", "Cấp", "Đơn vị cấp trên", "Trạng thái", "Thời hạn",
                "Nhiệm vụ thực hiện đầy đủ", "Nhiệm vụ phát sinh", "2a", "2b", "2c", "2d", "2đ", "2e", "2g");
        assertThat(rows).allSatisfy(row -> assertThat(row).hasSize(15));
        assertThat(rows.get(1)).containsExactly("T02", "BHXH tỉnh Hà Giang", "BHXH tỉnh, thành phố", "Bảo hiểm xã hội Việt Nam",
                "Đã chấp nhận", "Đúng hạn", "5", "6", "Đã thực hiện đầy đủ", "Đã thực hiện đầy đủ", "Đã thực hiện đầy đủ",
                "Đã thực hiện đầy đủ", "Đã thực hiện đầy đủ", "Thực hiện một phần", "Không phát sinh");
        List<String> late = rows.stream().filter(row -> row.get(0).equals(data.districtCode(0))).findFirst().orElseThrow();
        assertThat(late.subList(4, 8)).containsExactly("Đã nộp", "Nộp muộn", "7", "7");
        assertThat(rows.stream().filter(row -> row.get(5).equals("Chưa nộp"))).hasSize(9);
        List<String> draft = rows.stream().filter(row -> row.get(0).equals(data.districtCode(2))).findFirst().orElseThrow();
        assertThat(draft.subList(4, 15)).containsExactly("Chưa lập", "Chưa nộp", "", "", "", "", "", "", "", "", "");
        assertThat(CsvExport.field("BHXH \"A\", B")).isEqualTo("\"BHXH \"\"A\"\", B\"");
        assertThat(CsvExport.field("=1+1")).isEqualTo("'=1+1");
        assertThat(CsvExport.field("\t=1+1")).isEqualTo("'\t=1+1");
    }

    @Test
    void thePdfIsAnOfficialReportInAnEmbeddedVietnameseFont() throws Exception {
        byte[] body = mvc.perform(export("pdf", "tccb"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"chi-thi-2165-2021-09-T02.pdf\""))
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument pdf = Loader.loadPDF(body)) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            String today = LocalDate.now(clock).format(DateTimeFormatter.ofPattern("'ngày' dd 'tháng' MM 'năm' yyyy"));
            assertThat(text).contains("BẢO HIỂM XÃ HỘI VIỆT NAM", "BAN TỔ CHỨC CÁN BỘ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                    "Độc lập - Tự do - Hạnh phúc", "Số:", "/BC-TCCB", "Hà Nội, " + today, "BÁO CÁO",
                    "Chỉ thị số 2165/CT-BHXH tháng 09/2021", "BHXH tỉnh Hà Giang",
                    "Đơn vị phải báo cáo 12", "Nộp đúng hạn 2", "Nộp muộn 1", "Chưa nộp (quá hạn) 9", "75,0",
                    "CÁC ĐƠN VỊ NỘP BÁO CÁO MUỘN", data.districtName(0), "CÁC ĐƠN VỊ CHƯA NỘP BÁO CÁO",
                    data.districtName(2), "Nơi nhận:", "Tổng Giám đốc (để b/c)", "TRƯỞNG BAN");
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).isTrue();
                assertThat(font.getName()).contains("LiberationSerif");
            });
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isCloseTo(595f, org.assertj.core.data.Offset.offset(1f));
        }
    }

    @Test
    void aDirectorGetsTheirOwnProvinceWhateverTheyAskAndAUnitLeaderNothing() throws Exception {
        byte[] body = mvc.perform(export("csv", "hanoi"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"chi-thi-2165-2021-09-T01.csv\""))
                .andReturn().getResponse().getContentAsByteArray();
        String csv = new String(body, StandardCharsets.UTF_8);
        assertThat(csv).contains("T01,BHXH thành phố Hà Nội").doesNotContain("T02", "Hà Giang");
        mvc.perform(export("xlsx", "badinh")).andExpect(status().isForbidden());
        mvc.perform(export("pdf", "badinh")).andExpect(status().isForbidden());
        mvc.perform(export("csv", "badinh")).andExpect(status().isForbidden());
        mvc.perform(get("/dashboard/export.csv")).andExpect(status().is3xxRedirection());
    }

    @Test
    void theDashboardLinksToTheExportsOfWhatItShows() throws Exception {
        String page = html(mvc.perform(get("/dashboard").param("month", MONTH)
                        .param("province", String.valueOf(data.haGiang)).with(demo.as("tccb")))
                .andExpect(status().isOk()));
        for (String type : List.of("xlsx", "csv", "pdf")) {
            assertThat(page).contains("/dashboard/export." + type + "?month=2021-09&province=" + data.haGiang);
        }
        assertThat(page).contains("Xuất Excel", "Xuất CSV", "Xuất PDF");
    }

    @Test
    void theYearsCsvHasEachUnitsMonthsAndDutiesAsCountedByHand() throws Exception {
        byte[] body = mvc.perform(yearExport("csv", "tccb"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"chi-thi-2165-2021-01-den-2021-09-T02.csv\""))
                .andReturn().getResponse().getContentAsByteArray();
        List<List<String>> rows = parseCsv(new String(body, 3, body.length - 3, StandardCharsets.UTF_8));
        assertThat(rows).hasSize(13);
        assertThat(rows.get(0)).containsExactly("Mã", "Tên đơn vị", "Cấp", "Đơn vị cấp trên", "Số tháng phải báo cáo",
                "Số tháng đúng hạn", "Số tháng nộp muộn", "Số tháng chưa nộp", "Số tháng đã chấp nhận",
                "Nhiệm vụ thực hiện đầy đủ", "Nhiệm vụ phát sinh", "Tỷ lệ thực hiện đầy đủ (%)",
                "2a", "2b", "2c", "2d", "2đ", "2e", "2g", "Gồm cả các tháng của (đơn vị trước khi sắp xếp)");
        assertThat(rows.get(1)).containsExactly("T02", "BHXH tỉnh Hà Giang", "BHXH tỉnh, thành phố", "Bảo hiểm xã hội Việt Nam",
                "2", "2", "0", "0", "2", "12", "13", "92.3", "2 / 2", "2 / 2", "2 / 2", "2 / 2", "2 / 2", "1 / 2", "1 / 1", "");
        List<String> late = rows.stream().filter(row -> row.get(0).equals(data.districtCode(0))).findFirst().orElseThrow();
        assertThat(late.subList(4, 12)).containsExactly("2", "0", "2", "0", "0", "11", "14", "78.6");
        List<String> draft = rows.stream().filter(row -> row.get(0).equals(data.districtCode(2))).findFirst().orElseThrow();
        assertThat(draft.subList(4, 19)).containsExactly("2", "0", "0", "2", "0", "0", "0", "", "", "", "", "", "", "", "");
    }

    @Test
    void theYearsWorkbookAndPdfCountUnitMonths() throws Exception {
        byte[] workbookBody = mvc.perform(yearExport("xlsx", "tgd")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(workbookBody))) {
            Sheet summary = workbook.getSheet("Tổng hợp");
            assertThat(summary.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("BHXH tỉnh Hà Giang từ đầu năm 2021 đến tháng 09/2021");
            assertThat(summary.getRow(1).getCell(0).getStringCellValue()).startsWith("Số liệu tính theo lượt");
            Map<String, Double> figures = summaryFigures(workbook);
            assertThat(figures).containsEntry("Đơn vị phải báo cáo", 24.0).containsEntry("Nộp đúng hạn", 3.0)
                    .containsEntry("Nộp muộn", 2.0).containsEntry("Chưa nộp (quá hạn)", 19.0)
                    .containsEntry("Đã chấp nhận", 2.0).containsEntry("Tỷ lệ thực hiện đầy đủ (%)", 76.5);
            Sheet units = workbook.getSheet("Đơn vị");
            assertThat(units.getLastRowNum()).isEqualTo(12);
            assertThat(units.getRow(1).getCell(11).getNumericCellValue()).isEqualTo(92.3);
        }

        byte[] pdfBody = mvc.perform(yearExport("pdf", "tccb")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument pdf = Loader.loadPDF(pdfBody)) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Chỉ thị số 2165/CT-BHXH từ tháng 01 đến tháng 09 năm 2021 của BHXH tỉnh Hà Giang",
                    "Số liệu tính theo lượt", "Đơn vị phải báo cáo 24", "Nộp đúng hạn 3", "76,5",
                    "CÁC ĐƠN VỊ CÓ THÁNG NỘP BÁO CÁO MUỘN", data.districtName(0) + " BHXH tỉnh Hà Giang 2",
                    "CÁC ĐƠN VỊ CÓ THÁNG CHƯA NỘP BÁO CÁO", data.districtName(2) + " BHXH tỉnh Hà Giang 2", "TRƯỞNG BAN");
        }
    }

    @Test
    void aDirectorsYearExportIsTheirOwnProvinceAndAUnitLeaderGetsNone() throws Exception {
        String csv = new String(mvc.perform(yearExport("csv", "hanoi")).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"chi-thi-2165-2021-01-den-2021-09-T01.csv\""))
                .andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(csv).contains("T01,BHXH thành phố Hà Nội").doesNotContain("T02", "Hà Giang");
        mvc.perform(yearExport("pdf", "badinh")).andExpect(status().isForbidden());
        mvc.perform(get("/dashboard/year/export.doc").with(demo.as("tccb"))).andExpect(status().isNotFound());

        String page = html(mvc.perform(get("/dashboard/year").param("month", MONTH)
                        .param("province", String.valueOf(data.haGiang)).with(demo.as("tccb")))
                .andExpect(status().isOk()));
        for (String type : List.of("xlsx", "csv", "pdf")) {
            assertThat(page).contains("/dashboard/year/export." + type + "?month=2021-09&province=" + data.haGiang);
        }
    }

    /** The summary sheet's numeric lines, label to value. */
    private static Map<String, Double> summaryFigures(XSSFWorkbook workbook) {
        Sheet summary = workbook.getSheet("Tổng hợp");
        assertThat(summary).isNotNull();
        Map<String, Double> figures = new HashMap<>();
        for (Row row : summary) {
            if (row.getCell(1) != null && row.getCell(1).getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                figures.put(row.getCell(0).getStringCellValue(), row.getCell(1).getNumericCellValue());
            }
        }
        return figures;
    }

    private MockHttpServletRequestBuilder yearExport(String type, String user) {
        return get("/dashboard/year/export." + type).param("month", MONTH).param("province", String.valueOf(data.haGiang))
                .with(demo.as(user));
    }

    private MockHttpServletRequestBuilder export(String type, String user) {
        return get("/dashboard/export." + type).param("month", MONTH).param("province", String.valueOf(data.haGiang))
                .with(demo.as(user));
    }

    /** RFC 4180: fields separated by commas, quoted when needed, CRLF between records. */
    private static List<List<String>> parseCsv(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        return rows;
    }
}
