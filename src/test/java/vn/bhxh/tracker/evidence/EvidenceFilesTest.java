package vn.bhxh.tracker.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.Inflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

import vn.bhxh.tracker.system.NotFoundException;

/**
 * Type by content, zip bombs judged from what they declare, names, the limits and directory storage,
 * without Spring or a database. The bombs are built here: real deflate streams of gigabytes of zeros,
 * directories that declare more than their file holds, and directory records that share their bytes.
 */
class EvidenceFilesTest {

    private static final EvidenceProperties.Archive LIMITS = EvidenceProperties.defaults().archive();
    private static final String OOXML_TYPES = "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>";

    @Test
    void acceptedTypesAreRecognisedByTheirContent() throws IOException {
        assertThat(type(ascii("%PDF-1.4\n..."), "a.bin")).contains("application/pdf");
        assertThat(type(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0), "a.pdf")).contains("image/png");
        assertThat(type(bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10), "anh")).contains("image/jpeg");
        assertThat(type(ascii("GIF89a......"), "a.gif")).contains("image/gif");
        assertThat(type(ascii("RIFF\0\0\0\0WEBPVP8 "), "a.webp")).contains("image/webp");
        assertThat(type(zip("[Content_Types].xml", "<Types/>", "word/document.xml", "<w/>"), "a.pdf"))
                .contains(EvidenceFiles.WORD);
        assertThat(type(zip("xl/workbook.xml", "<x/>", "[Content_Types].xml", "<Types/>"), "a"))
                .contains(EvidenceFiles.EXCEL);
        assertThat(type(zip("[Content_Types].xml", "<Types/>", "ppt/presentation.xml", "<p/>"), "a"))
                .contains(EvidenceFiles.POWERPOINT);
        assertThat(type(zip("mimetype", "application/vnd.oasis.opendocument.text", "content.xml", "<o/>"), "a"))
                .contains("application/vnd.oasis.opendocument.text");
    }

    @Test
    void officeFilesMadeByAnOfficeLibraryAreRecognised() throws IOException {
        // the library the dashboard exports with: its workbooks are what Excel writes
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("Số liệu").createRow(0).createCell(0).setCellValue("Biên bản kiểm tra");
            workbook.write(xlsx);
        }
        assertThat(type(xlsx.toByteArray(), "so-lieu.xlsx")).contains(EvidenceFiles.EXCEL);
        ByteArrayOutputStream xls = new ByteArrayOutputStream();
        try (HSSFWorkbook workbook = new HSSFWorkbook()) {
            workbook.createSheet("Số liệu").createRow(0).createCell(0).setCellValue(2165);
            workbook.write(xls);
        }
        assertThat(type(xls.toByteArray(), "so-lieu")).contains("application/vnd.ms-excel");
    }

    @Test
    void theOlderOfficeFormatsAreToldApartByTheirStreamsNotTheirNames() throws IOException {
        assertThat(type(ole2("WordDocument", "1Table"), "cu.xls")).contains("application/msword");
        assertThat(type(ole2("Workbook"), "cu.doc")).contains("application/vnd.ms-excel");
        assertThat(type(ole2("PowerPoint Document", "Current User"), "khong-ro")).contains("application/vnd.ms-powerpoint");
        // a password-protected .docx is an OLE2 file with one encrypted package: only its name can tell
        assertThat(type(ole2("EncryptionInfo", "EncryptedPackage"), "mat.docx")).contains(EvidenceFiles.WORD);
        assertThat(type(ole2("EncryptionInfo", "EncryptedPackage"), "mat.xlsx")).contains(EvidenceFiles.EXCEL);
    }

    @Test
    void everythingElseIsRefusedWhateverItsName() throws IOException {
        assertThat(type(bytes('M', 'Z', 0x90, 0, 3, 0), "bao-cao.pdf")).isEmpty();
        assertThat(type(ascii("<!DOCTYPE html><html></html>"), "bao-cao.pdf")).isEmpty();
        assertThat(type(ascii("  %PDF-1.4"), "bao-cao.pdf")).isEmpty();
        assertThat(type(ascii("#!/bin/sh\nrm -rf /"), "a.docx")).isEmpty();
        assertThat(type(new byte[0], "a.pdf")).isEmpty();
        assertThat(type(zip("readme.txt", "hi", "run.exe", "MZ"), "a.docx")).isEmpty();
        assertThat(type(zip("[Content_Types].xml", "<Types/>"), "a.docx")).isEmpty();
        assertThat(type(zip("mimetype", "application/zip"), "a.odt")).isEmpty();
        assertThat(type(zip("mimetype", "application/vnd.oasis.opendocument.evil"), "a.odt")).isEmpty();
        assertThat(type(bytes('P', 'K', 3, 4, 1, 2, 3), "hong.docx")).isEmpty();
        assertThat(type(ascii("RIFF\0\0\0\0WAVEfmt "), "a.webp")).isEmpty();
        // OLE2 holds installers and e-mails too: without a Word, Excel or PowerPoint stream it is refused
        assertThat(type(ole2("\u0005SummaryInformation", "Binary.Setup"), "setup.doc")).isEmpty();
        assertThat(type(ole2("EncryptionInfo", "EncryptedPackage"), "mat.pdf")).isEmpty();
        assertThat(type(bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0), "cut.doc")).isEmpty();
    }

    @Test
    void aDocxThatInflatesToTwoGigabytesIsRefusedAfterReadingItsDirectoryAlone() throws Exception {
        int megabytes = 2048;
        byte[] bomb = new ZipBuilder()
                .stored("[Content_Types].xml", OOXML_TYPES)
                .entry("word/document.xml", ZipBuilder.DEFLATED, ZipBuilder.deflatedZeros(megabytes),
                        megabytes * 1024L * 1024, ZipBuilder.crcOfZeros(megabytes))
                .build();
        assertThat(bomb.length).isBetween(1_000_000, 4_000_000);
        assertThat(declaredSizes(bomb)).containsEntry("word/document.xml", 2L * 1024 * 1024 * 1024);

        CountingChannel content = new CountingChannel(bomb);
        assertThatThrownBy(() -> EvidenceFiles.detect(content, "bao-cao.docx", LIMITS))
                .isInstanceOf(ZipCentralDirectory.TooLargeException.class);
        // its last 64 KB, where the directory is: not a byte of the 2 MB of compressed data
        assertThat(content.bytesRead()).isLessThanOrEqualTo(65_557 + 200);
    }

    @Test
    void anEntryThatDeclaresTwentyGigabytesInZip64IsRefused() throws Exception {
        long twentyGigabytes = 20L * 1024 * 1024 * 1024;
        for (boolean zip64End : new boolean[] {false, true}) {
            ZipBuilder builder = new ZipBuilder().stored("[Content_Types].xml", OOXML_TYPES)
                    .entry("word/document.xml", ZipBuilder.DEFLATED, ZipBuilder.deflatedZeros(1), twentyGigabytes, 0);
            byte[] bomb = (zip64End ? builder.zip64End() : builder).build();
            CountingChannel content = new CountingChannel(bomb);
            assertThatThrownBy(() -> EvidenceFiles.detect(content, "a.docx", LIMITS))
                    .isInstanceOf(ZipCentralDirectory.TooLargeException.class).hasMessageContaining("inflates to more");
            // the last 64 KB (here the whole file) and the directory once more: nothing is inflated
            assertThat(content.bytesRead()).isLessThanOrEqualTo(65_557 + 200);
        }
        // the same container honest about its size is a Word document
        byte[] honest = new ZipBuilder().stored("[Content_Types].xml", OOXML_TYPES)
                .entry("word/document.xml", ZipBuilder.DEFLATED, ZipBuilder.deflatedZeros(1), 1024 * 1024, 0)
                .zip64End().build();
        assertThat(type(honest, "a.docx")).contains(EvidenceFiles.WORD);
    }

    @Test
    void documentsThatCarryMacrosAreRefusedWhateverTheirName() throws Exception {
        assertThat(type(zip("[Content_Types].xml", "<Types/>", "word/document.xml", "<w/>", "word/vbaProject.bin", "VBA"),
                "bao-cao.docm")).isEmpty();
        assertThat(type(zip("[Content_Types].xml", "<Types/>", "xl/workbook.xml", "<x/>", "xl/vbaProject.bin", "VBA"),
                "so-lieu.xlsx")).isEmpty();
        assertThat(type(ole2("WordDocument", "Macros"), "cu.doc")).isEmpty();
        assertThat(type(ole2("Workbook", "_VBA_PROJECT_CUR"), "cu.xls")).isEmpty();
        // without macros, a macro-enabled name is renamed to the plain format's, which Office opens without running anything
        assertThat(EvidenceFiles.nameFor("bao-cao.docm", EvidenceFiles.WORD)).isEqualTo("bao-cao.docx");
    }

    @Test
    void zip64FieldsBeyondTwoToTheSixtyThirdAreABrokenArchiveNotAServerError() throws Exception {
        byte[] zip = new ZipBuilder().stored("[Content_Types].xml", OOXML_TYPES)
                .entry("word/document.xml", ZipBuilder.DEFLATED, ZipBuilder.deflatedZeros(1), 1024 * 1024, 0)
                .zip64End().build();
        int record = zip64EndRecord(zip);
        // the entry count, then the directory's size, then its offset, each set past 2^63 in turn
        for (int field : new int[] {32, 40, 48}) {
            byte[] broken = zip.clone();
            java.util.Arrays.fill(broken, record + field, record + field + 8, (byte) 0xFF);
            assertThat(type(broken, "a.docx")).as("field at %d", field).isEmpty();
        }
    }

    private static int zip64EndRecord(byte[] zip) {
        for (int i = zip.length - 4; i >= 0; i--) {
            if (zip[i] == 0x50 && zip[i + 1] == 0x4b && zip[i + 2] == 0x06 && zip[i + 3] == 0x06) {
                return i;
            }
        }
        throw new AssertionError("no ZIP64 end record");
    }

    @Test
    void anEntryCompressedFarBetterThanDocumentsAreIsRefusedUnderTheSizeCap() throws Exception {
        // 50 MB of zeros in about 50 KB: 1000:1, under the 200 MB cap but over the 100:1 ratio
        byte[] bomb = new ZipBuilder().stored("[Content_Types].xml", OOXML_TYPES)
                .entry("xl/worksheets/sheet1.xml", ZipBuilder.DEFLATED, ZipBuilder.deflatedZeros(50), 50L * 1024 * 1024,
                        ZipBuilder.crcOfZeros(50))
                .build();
        CountingChannel content = new CountingChannel(bomb);
        assertThatThrownBy(() -> EvidenceFiles.detect(content, "so-lieu.xlsx", LIMITS))
                .isInstanceOf(ZipCentralDirectory.TooLargeException.class).hasMessageContaining("compressed more than 100:1");
        assertThat(content.bytesRead()).isLessThanOrEqualTo(65_557 + 200);
        // a small part may compress as well as it likes: a page of spaces is no bomb
        byte[] spaces = new ZipBuilder().stored("[Content_Types].xml", OOXML_TYPES)
                .entry("word/document.xml", ZipBuilder.DEFLATED, ZipBuilder.deflatedZeros(1), 1024 * 1024,
                        ZipBuilder.crcOfZeros(1))
                .build();
        assertThat(type(spaces, "a.docx")).contains(EvidenceFiles.WORD);
    }

    @Test
    void tooManyEntriesAreRefusedFromTheEndRecordAlone() throws Exception {
        ZipBuilder builder = new ZipBuilder().stored("[Content_Types].xml", OOXML_TYPES);
        for (int i = 0; i < LIMITS.maxEntries(); i++) {
            builder.stored("word/media/p" + i, "");
        }
        byte[] many = builder.build();
        CountingChannel content = new CountingChannel(many);
        assertThatThrownBy(() -> EvidenceFiles.detect(content, "a.docx", LIMITS))
                .isInstanceOf(ZipCentralDirectory.TooLargeException.class).hasMessageContaining("10001 entries");
        assertThat(content.bytesRead()).isLessThanOrEqualTo(65_557 + 16);
    }

    @Test
    void directoryRecordsThatShareTheirBytesAreRefused() throws Exception {
        // the "non-recursive" bomb: many records, each honest about its size, all pointing at one entry
        ZipBuilder builder = new ZipBuilder().stored("[Content_Types].xml", OOXML_TYPES);
        long shared = builder.size();
        byte[] data = ZipBuilder.deflatedZeros(1);
        builder.entry("word/document.xml", ZipBuilder.DEFLATED, data, 1024 * 1024, ZipBuilder.crcOfZeros(1));
        for (int i = 0; i < 50; i++) {
            builder.record("word/copy" + i + ".xml", ZipBuilder.DEFLATED, ZipBuilder.crcOfZeros(1), data.length, 1024 * 1024, shared);
        }
        assertThatThrownBy(() -> EvidenceFiles.detect(new CountingChannel(builder.build()), "a.docx", LIMITS))
                .isInstanceOf(ZipCentralDirectory.TooLargeException.class).hasMessageContaining("overlap");
    }

    @Test
    void theBombsOfTheseTestsAreRealDeflateStreams() throws Exception {
        byte[] compressed = ZipBuilder.deflatedZeros(16);
        Inflater inflater = new Inflater(true);
        inflater.setInput(compressed);
        byte[] buffer = new byte[1024 * 1024];
        long total = 0;
        CRC32 crc = new CRC32();
        while (!inflater.finished()) {
            int n = inflater.inflate(buffer);
            crc.update(buffer, 0, n);
            total += n;
            assertThat(n == 0 && inflater.needsInput()).isFalse();
        }
        inflater.end();
        assertThat(total).isEqualTo(16L * 1024 * 1024);
        assertThat(crc.getValue()).isEqualTo(ZipBuilder.crcOfZeros(16));
        assertThat(compressed.length).isLessThan(32 * 1024);
    }

    @Test
    void theKeptNameHasTheExtensionOfTheTypeFound() {
        assertThat(EvidenceFiles.nameFor("poly.exe", "application/pdf")).isEqualTo("poly.pdf");
        assertThat(EvidenceFiles.nameFor("bao-cao.html", "application/pdf")).isEqualTo("bao-cao.pdf");
        assertThat(EvidenceFiles.nameFor("Biên bản.PDF", "application/pdf")).isEqualTo("Biên bản.PDF");
        assertThat(EvidenceFiles.nameFor("Ảnh hiện trường.jpeg", "image/jpeg")).isEqualTo("Ảnh hiện trường.jpeg");
        assertThat(EvidenceFiles.nameFor("anh.jpg", "image/png")).isEqualTo("anh.png");
        assertThat(EvidenceFiles.nameFor("bang-tinh.xls", EvidenceFiles.EXCEL)).isEqualTo("bang-tinh.xlsx");
        assertThat(EvidenceFiles.nameFor("mau.dotx", EvidenceFiles.WORD)).isEqualTo("mau.dotx");
        // what is not an extension stays, and the type's is added
        assertThat(EvidenceFiles.nameFor("Quyết định 12.2026", "application/pdf")).isEqualTo("Quyết định 12.2026.pdf");
        assertThat(EvidenceFiles.nameFor("tai-lieu", "application/msword")).isEqualTo("tai-lieu.doc");
        assertThat(EvidenceFiles.nameFor("Công văn số 12.QĐ-BHXH", "application/pdf")).isEqualTo("Công văn số 12.QĐ-BHXH.pdf");
        String renamed = EvidenceFiles.nameFor("x".repeat(148) + ".ex", "application/pdf");
        assertThat(renamed).hasSize(150).endsWith(".pdf");
    }

    @Test
    void namesKeepVietnameseLettersAndLoseFoldersAndControlCharacters() {
        assertThat(EvidenceFiles.sanitiseName("Biên bản kiểm tra đợt 1.pdf")).isEqualTo("Biên bản kiểm tra đợt 1.pdf");
        assertThat(EvidenceFiles.sanitiseName("../../etc/passwd.pdf")).isEqualTo("passwd.pdf");
        assertThat(EvidenceFiles.sanitiseName("C:\\tmp\\x.pdf")).isEqualTo("x.pdf");
        assertThat(EvidenceFiles.sanitiseName("a\u0000b\r\nc\u202Efdp.exe")).isEqualTo("abcfdp.exe");
        assertThat(EvidenceFiles.sanitiseName("a<b>:c|d?.pdf")).isEqualTo("a_b__c_d_.pdf");
        assertThat(EvidenceFiles.sanitiseName("  .ẩn.pdf  ")).isEqualTo("ẩn.pdf");
        // decomposed Vietnamese (as macOS sends it) is kept, composed
        assertThat(EvidenceFiles.sanitiseName("Bie\u0302\u0301n.pdf")).isEqualTo("Biến.pdf");
        for (String empty : new String[] {null, "", "   ", "..", "/", "dir/", "\u0007"}) {
            assertThat(EvidenceFiles.sanitiseName(empty)).isEqualTo("tai-lieu");
        }
    }

    @Test
    void longNamesAreShortenedKeepingTheExtension() {
        String name = EvidenceFiles.sanitiseName("Báo cáo ".repeat(40) + ".docx");
        assertThat(name.codePointCount(0, name.length())).isLessThanOrEqualTo(150);
        assertThat(name).startsWith("Báo cáo").endsWith(".docx").doesNotContain(" .docx");
        assertThat(EvidenceFiles.sanitiseName("x".repeat(300))).hasSize(150);
    }

    @Test
    void theAsciiFallbackNameDropsDiacritics() {
        assertThat(EvidenceFiles.asciiName("Đơn đề nghị \"gấp\".pdf")).isEqualTo("Don de nghi _gap_.pdf");
        assertThat(EvidenceFiles.asciiName("文件")).isEqualTo("__");
        assertThat(EvidenceController.contentDisposition("ảnh 1.png"))
                .isEqualTo("attachment; filename=\"anh 1.png\"; filename*=UTF-8''%E1%BA%A3nh%201.png");
    }

    @Test
    void theLimitsAreConfigurableAndHaveDefaults() {
        EvidenceProperties small = new EvidenceProperties(DataSize.ofKilobytes(1), null, 3, null, DataSize.ofBytes(1500),
                new EvidenceProperties.Archive(5, null, null, null, null), null, null);
        assertThat(small.allows(1024)).isTrue();
        assertThat(small.allows(1025)).isFalse();
        assertThat(small.maxFileSizeLabel()).isEqualTo("1 KB");
        assertThat(small.maxFilesPerUpload()).isEqualTo(3);
        assertThat(EvidenceProperties.label(small.maxReportSize())).isEqualTo("1500 B");
        assertThat(small.archive().maxEntries()).isEqualTo(5);
        assertThat(small.archive().maxRatio()).isEqualTo(100);
        EvidenceProperties defaults = EvidenceProperties.defaults();
        assertThat(defaults.maxFileSizeLabel()).isEqualTo("20 MB");
        assertThat(defaults.storage()).isEqualTo("database");
        assertThat(defaults.allows(20L * 1024 * 1024)).isTrue();
        assertThat(defaults.allows(20L * 1024 * 1024 + 1)).isFalse();
        assertThat(List.of(defaults.maxFilesPerUpload(), defaults.maxFilesPerReport())).containsExactly(10, 100);
        assertThat(List.of(EvidenceProperties.label(defaults.maxUploadSize()), EvidenceProperties.label(defaults.maxReportSize())))
                .containsExactly("50 MB", "200 MB");
        assertThat(defaults.archive().maxInflatedBytes()).isEqualTo(200L * 1024 * 1024);
    }

    @Test
    void anUploadTooLargeForTheServerGoesBackToTheReport() {
        assertThat(UploadLimitsFilter.backTo("/reports/42/duties/7/evidence")).isEqualTo("/reports/42/edit");
        assertThat(UploadLimitsFilter.backTo("/somewhere/else")).isEqualTo("/");
        assertThat(UploadLimitsFilter.backTo(null)).isEqualTo("/");
    }

    @Test
    void theDirectoryStorageStreamsOneFilePerEvidence(@TempDir Path directory) throws Exception {
        EvidenceStorage storage = new DirectoryEvidenceStorage(directory.resolve("evidence"));
        byte[] content = new byte[3 * 1024 * 1024 + 17];
        new Random(2165).nextBytes(content);
        storage.store(7, new ByteArrayInputStream(content));
        try (InputStream stored = storage.open(7)) {
            assertThat(stored.readAllBytes()).isEqualTo(content);
        }
        assertThat(Files.exists(directory.resolve("evidence").resolve("7"))).isTrue();
        try (Stream<Path> left = Files.list(directory.resolve("evidence"))) {
            assertThat(left).containsExactly(directory.resolve("evidence").resolve("7").toRealPath());
        }
        storage.delete(7);
        assertThatThrownBy(() -> storage.open(7)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> new DirectoryEvidenceStorage((Path) null)).isInstanceOf(IllegalStateException.class);
    }

    private static Optional<String> type(byte[] content, String name) throws IOException {
        try {
            return EvidenceFiles.detect(new CountingChannel(content), name, LIMITS).map(EvidenceFiles.Detected::contentType);
        } catch (ZipCentralDirectory.TooLargeException bomb) {
            throw new AssertionError("not a bomb", bomb);
        }
    }

    /** An OLE2 compound file (as POI writes it) holding streams of these names. */
    private static byte[] ole2(String... streams) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem file = new POIFSFileSystem()) {
            for (String stream : streams) {
                file.createDocument(new ByteArrayInputStream(new byte[64]), stream);
            }
            file.writeFilesystem(out);
        }
        return out.toByteArray();
    }

    /** The entries' sizes as the JDK's own reader sees them in the central directory. */
    private static Map<String, Long> declaredSizes(byte[] zip) throws IOException {
        Path file = Files.createTempFile("bomb-", ".zip");
        try {
            Files.write(file, zip);
            try (ZipFile read = new ZipFile(file.toFile())) {
                return read.stream().collect(Collectors.toMap(ZipEntry::getName, ZipEntry::getSize));
            }
        } finally {
            Files.delete(file);
        }
    }

    private static byte[] zip(String... namesAndContents) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndContents[i]));
                zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] bytes(int... values) {
        byte[] result = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = (byte) values[i];
        }
        return result;
    }
}
