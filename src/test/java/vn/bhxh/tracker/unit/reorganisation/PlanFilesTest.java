package vn.bhxh.tracker.unit.reorganisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * A plan's lines read from an uploaded CSV or .xlsx file ({@link PlanFiles}), and every file refused
 * with its reason: the wrong type, too big, too many lines, no header, not UTF-8, a control character,
 * not a workbook, a zip bomb.
 */
class PlanFilesTest {

    private static final String HEADER = "kind,old_code,new_code,new_name,new_parent_code,level";

    @Test
    void aCsvWithAByteOrderMarkQuotesAndWindowsLineEndsGivesItsLinesInOrderSkippingBlankRows() {
        List<PlanLine> lines = csv("\uFEFF" + HEADER + "\r\n"
                + "MERGE,H001,HN01,\"BHXH cơ sở Ba Đình, Hà Nội\",T01,DISTRICT\r\n"
                + ",,,,,\r\n"
                + "\r\n"
                + "close, h002 ,,,,\r\n"
                + "RENAME,H003,,\"Tên \"\"mới\"\"\",,");

        assertThat(lines).extracting(PlanLine::line, PlanLine::kind, PlanLine::oldCode, PlanLine::newCode, PlanLine::newName,
                        PlanLine::newParentCode, PlanLine::level)
                .containsExactly(tuple(1, "MERGE", "H001", "HN01", "BHXH cơ sở Ba Đình, Hà Nội", "T01", "DISTRICT"),
                        tuple(2, "CLOSE", "H002", "", "", "", ""),
                        tuple(3, "RENAME", "H003", "", "Tên \"mới\"", "", ""));
    }

    @Test
    void aCsvMayNameItsColumnsInAnyOrderAndSeparateThemWithSemicolons() {
        List<PlanLine> lines = csv("Level;KIND;old_code;new_code;new_name;new_parent_code\nDISTRICT;CREATE;;HN09;BHXH cơ sở Chín;T01\n");

        assertThat(lines).singleElement().extracting(PlanLine::kind, PlanLine::newCode, PlanLine::level)
                .containsExactly("CREATE", "HN09", "DISTRICT");
    }

    @Test
    void aCsvWhoseFirstRowIsNotTheHeaderIsRefusedNamingTheColumns() {
        refused(() -> csv("kind,old,new\nMERGE,H001,HN01\n"), "header", HEADER);
        refused(() -> csv("MERGE,H001,HN01,Tên,T01,DISTRICT\n"), "header", HEADER);
        refused(() -> csv(HEADER + ",kind\n"), "header", HEADER);
        refused(() -> csv(HEADER + "\n"), "noLines");
    }

    @Test
    void fiveThousandLinesAreReadAndOneMoreIsRefused() {
        StringBuilder rows = new StringBuilder(HEADER).append('\n');
        for (int i = 1; i <= PlanFiles.MAX_LINES; i++) {
            rows.append("CLOSE,H").append(i).append(",,,,\n");
        }
        assertThat(csv(rows.toString())).hasSize(5000);
        refused(() -> csv(rows.append("CLOSE,H5001,,,,\n").toString()), "tooManyLines", 5000);
    }

    @Test
    void aControlCharacterOrALineBreakInACellIsRefusedWithItsRowAndColumn() {
        refused(() -> csv(HEADER + "\nCLOSE,H001,,,,\nRENAME,H002,,Tên\u0007lạ,,\n"), "controlCharacter", 3, "new_name", "U+0007");
        refused(() -> csv(HEADER + "\nRENAME,H002,,\"Hai\ndòng\",,\n"), "controlCharacter", 2, "new_name", "U+000A");
    }

    @Test
    void aCsvNotInUtf8IsRefused() {
        byte[] latin1 = (HEADER + "\nRENAME,H001,,Tên mới é,,\n").getBytes(StandardCharsets.ISO_8859_1);
        refused(() -> PlanFiles.read("ke-hoach.csv", latin1.length, new ByteArrayInputStream(latin1)), "encoding");
    }

    @Test
    void aValueOutsideTheHeadersColumnsOrACellTooLongIsRefused() {
        refused(() -> csv(HEADER + "\nCLOSE,H001,,,,,extra\n"), "extraCell", 2);
        refused(() -> csv(HEADER + "\nRENAME,H001,," + "a".repeat(1001) + ",,\n"), "cellTooLong", 2, 1000);
    }

    @Test
    void onlyCsvAndXlsxFilesOfAtMostTwoMegabytesAreRead() {
        byte[] text = (HEADER + "\nCLOSE,H001,,,,\n").getBytes(StandardCharsets.UTF_8);
        refused(() -> PlanFiles.read("ke-hoach.txt", text.length, new ByteArrayInputStream(text)), "type");
        refused(() -> PlanFiles.read("ke-hoach.xls", text.length, new ByteArrayInputStream(text)), "type");
        refused(() -> PlanFiles.read("ke-hoach.csv", 0, InputStream.nullInputStream()), "empty");
        refused(() -> PlanFiles.read("ke-hoach.csv", PlanFiles.MAX_BYTES + 1L, unread()), "tooBig", "2 MB");
        assertThat(PlanFiles.read("KE-HOACH.CSV", text.length, new ByteArrayInputStream(text))).hasSize(1);
    }

    @Test
    void theFirstSheetOfAWorkbookGivesItsLinesWhateverTheCellTypes() throws IOException {
        byte[] workbook = xlsx(new Object[][] {
                {"level", "kind", "old_code", "new_code", "new_name", "new_parent_code"},
                {"DISTRICT", "MERGE", "H001", "HN01", "BHXH cơ sở Ba Đình", "T01"},
                {},
                {null, "CLOSE", 42, null, null, null}});

        List<PlanLine> lines = PlanFiles.read("ke-hoach.xlsx", workbook.length, new ByteArrayInputStream(workbook));

        assertThat(lines).extracting(PlanLine::line, PlanLine::kind, PlanLine::oldCode, PlanLine::newCode, PlanLine::newName,
                        PlanLine::newParentCode, PlanLine::level)
                .containsExactly(tuple(1, "MERGE", "H001", "HN01", "BHXH cơ sở Ba Đình", "T01", "DISTRICT"),
                        tuple(2, "CLOSE", "42", "", "", "", ""));
    }

    @Test
    void aWorkbookWithoutTheHeaderOrWithTooManyLinesOrAControlCharacterIsRefused() throws IOException {
        byte[] noHeader = xlsx(new Object[][] {{"MERGE", "H001", "HN01", "Tên", "T01", "DISTRICT"}});
        refused(() -> PlanFiles.read("a.xlsx", noHeader.length, new ByteArrayInputStream(noHeader)), "header", HEADER);

        Object[][] many = new Object[PlanFiles.MAX_LINES + 2][];
        many[0] = HEADER.split(",");
        for (int i = 1; i < many.length; i++) {
            many[i] = new Object[] {"CLOSE", "H" + i};
        }
        byte[] tooMany = xlsx(many);
        refused(() -> PlanFiles.read("b.xlsx", tooMany.length, new ByteArrayInputStream(tooMany)), "tooManyLines", 5000);

        // Excel writes a control character in a cell as _x0001_ in the sheet's XML; POI reads it back as U+0001
        byte[] control = xlsx(new Object[][] {HEADER.split(","), {"RENAME", "H001", "", "Tên_x0001_lạ"}});
        refused(() -> PlanFiles.read("c.xlsx", control.length, new ByteArrayInputStream(control)), "controlCharacter", 2,
                "new_name", "U+0001");
    }

    @Test
    void aFileNamedXlsxThatIsNoWorkbookIsRefused() throws IOException {
        byte[] text = (HEADER + "\nCLOSE,H001,,,,\n").getBytes(StandardCharsets.UTF_8);
        refused(() -> PlanFiles.read("ke-hoach.xlsx", text.length, new ByteArrayInputStream(text)), "notXlsx");

        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("ghi-chu.txt"));
            out.write("không phải bảng tính".getBytes(StandardCharsets.UTF_8));
        }
        byte[] plainZip = zip.toByteArray();
        refused(() -> PlanFiles.read("ke-hoach.xlsx", plainZip.length, new ByteArrayInputStream(plainZip)), "notXlsx");
    }

    /** A sheet of 40 MB of spaces deflates to about 40 KB: POI refuses an entry inflating a hundred times its size. */
    @Test
    void aWorkbookWhoseSheetInflatesFarBeyondItsSizeIsRefusedAsAZipBomb() throws IOException {
        byte[] workbook = xlsx(new Object[][] {HEADER.split(","), {"CLOSE", "H001"}});
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook)); ZipOutputStream out = new ZipOutputStream(bomb)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    int root = xml.indexOf("<worksheet");
                    out.write(xml.substring(0, root).getBytes(StandardCharsets.UTF_8));
                    byte[] spaces = " ".repeat(1024 * 1024).getBytes(StandardCharsets.US_ASCII);
                    for (int i = 0; i < 40; i++) {
                        out.write(spaces);
                    }
                    out.write(xml.substring(root).getBytes(StandardCharsets.UTF_8));
                } else {
                    out.write(content);
                }
            }
        }
        byte[] file = bomb.toByteArray();
        assertThat(file.length).isLessThan(PlanFiles.MAX_BYTES);
        refused(() -> PlanFiles.read("ke-hoach.xlsx", file.length, new ByteArrayInputStream(file)), "bomb");
    }

    private static List<PlanLine> csv(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return PlanFiles.read("ke-hoach.csv", bytes.length, new ByteArrayInputStream(bytes));
    }

    private static void refused(ThrowingCallable reading, String reason, Object... arguments) {
        assertThatThrownBy(reading).isInstanceOfSatisfying(PlanFileRefusedException.class, refused -> {
            assertThat(refused.code()).isEqualTo("reorganisation.file." + reason);
            assertThat(refused.arguments()).containsExactly(arguments);
        });
    }

    /** An upload that must not be read. */
    private static InputStream unread() {
        return new InputStream() {
            @Override
            public int read() {
                throw new AssertionError("read");
            }
        };
    }

    /** A workbook whose first sheet has these rows (a number as a numeric cell, null as no cell). */
    private static byte[] xlsx(Object[][] rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Kế hoạch");
            workbook.createSheet("Ghi chú").createRow(0).createCell(0).setCellValue("kind");
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else if (rows[r][c] != null) {
                        row.createCell(c).setCellValue((String) rows[r][c]);
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
