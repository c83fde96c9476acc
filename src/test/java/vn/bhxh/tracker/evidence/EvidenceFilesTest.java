package vn.bhxh.tracker.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

import vn.bhxh.tracker.system.NotFoundException;

/** Type by content, names, the size limit and directory storage, without Spring or a database. */
class EvidenceFilesTest {

    @Test
    void acceptedTypesAreRecognisedByTheirContent() throws IOException {
        assertThat(EvidenceFiles.detectType(ascii("%PDF-1.4\n..."), "a.bin")).contains("application/pdf");
        assertThat(EvidenceFiles.detectType(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0), "a.pdf")).contains("image/png");
        assertThat(EvidenceFiles.detectType(bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10), "anh")).contains("image/jpeg");
        assertThat(EvidenceFiles.detectType(ascii("GIF89a......"), "a.gif")).contains("image/gif");
        assertThat(EvidenceFiles.detectType(ascii("RIFF\0\0\0\0WEBPVP8 "), "a.webp")).contains("image/webp");
        byte[] ole2 = bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0);
        assertThat(EvidenceFiles.detectType(ole2, "cu.doc")).contains("application/msword");
        assertThat(EvidenceFiles.detectType(ole2, "cu.XLS")).contains("application/vnd.ms-excel");
        assertThat(EvidenceFiles.detectType(ole2, "khong-ro")).contains("application/x-ole-storage");
        assertThat(EvidenceFiles.detectType(zip("[Content_Types].xml", "<Types/>", "word/document.xml", "<w/>"), "a.pdf"))
                .contains("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(EvidenceFiles.detectType(zip("xl/workbook.xml", "<x/>", "[Content_Types].xml", "<Types/>"), "a"))
                .contains("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(EvidenceFiles.detectType(zip("[Content_Types].xml", "<Types/>", "ppt/presentation.xml", "<p/>"), "a"))
                .contains("application/vnd.openxmlformats-officedocument.presentationml.presentation");
        assertThat(EvidenceFiles.detectType(zip("mimetype", "application/vnd.oasis.opendocument.text", "content.xml", "<o/>"), "a"))
                .contains("application/vnd.oasis.opendocument.text");
    }

    @Test
    void everythingElseIsRefusedWhateverItsName() throws IOException {
        assertThat(EvidenceFiles.detectType(bytes('M', 'Z', 0x90, 0, 3, 0), "bao-cao.pdf")).isEmpty();
        assertThat(EvidenceFiles.detectType(ascii("<!DOCTYPE html><html></html>"), "bao-cao.pdf")).isEmpty();
        assertThat(EvidenceFiles.detectType(ascii("  %PDF-1.4"), "bao-cao.pdf")).isEmpty();
        assertThat(EvidenceFiles.detectType(ascii("#!/bin/sh\nrm -rf /"), "a.docx")).isEmpty();
        assertThat(EvidenceFiles.detectType(new byte[0], "a.pdf")).isEmpty();
        assertThat(EvidenceFiles.detectType(zip("readme.txt", "hi", "run.exe", "MZ"), "a.docx")).isEmpty();
        assertThat(EvidenceFiles.detectType(zip("[Content_Types].xml", "<Types/>"), "a.docx")).isEmpty();
        assertThat(EvidenceFiles.detectType(zip("mimetype", "application/zip"), "a.odt")).isEmpty();
        assertThat(EvidenceFiles.detectType(bytes('P', 'K', 3, 4, 1, 2, 3), "hong.docx")).isEmpty();
        assertThat(EvidenceFiles.detectType(ascii("RIFF\0\0\0\0WAVEfmt "), "a.webp")).isEmpty();
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
    void theSizeLimitIsConfigurable() {
        EvidenceProperties small = new EvidenceProperties(DataSize.ofKilobytes(1), null, null);
        assertThat(small.allows(1024)).isTrue();
        assertThat(small.allows(1025)).isFalse();
        assertThat(small.maxFileSizeLabel()).isEqualTo("1 KB");
        EvidenceProperties defaults = new EvidenceProperties(null, null, null);
        assertThat(defaults.maxFileSizeLabel()).isEqualTo("20 MB");
        assertThat(defaults.storage()).isEqualTo("database");
        assertThat(defaults.allows(20L * 1024 * 1024)).isTrue();
        assertThat(defaults.allows(20L * 1024 * 1024 + 1)).isFalse();
    }

    @Test
    void anUploadTooLargeForTheServerGoesBackToTheReport() {
        assertThat(UploadTooLargeHandler.backTo("/reports/42/duties/7/evidence")).isEqualTo("/reports/42/edit");
        assertThat(UploadTooLargeHandler.backTo("/somewhere/else")).isEqualTo("/");
        assertThat(UploadTooLargeHandler.backTo(null)).isEqualTo("/");
    }

    @Test
    void theDirectoryStorageKeepsOneFilePerEvidence(@TempDir Path directory) {
        EvidenceStorage storage = new DirectoryEvidenceStorage(directory.resolve("evidence"));
        storage.store(7, ascii("%PDF-1.7"));
        assertThat(storage.load(7)).isEqualTo(ascii("%PDF-1.7"));
        assertThat(Files.exists(directory.resolve("evidence").resolve("7"))).isTrue();
        storage.delete(7);
        assertThatThrownBy(() -> storage.load(7)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> new DirectoryEvidenceStorage((Path) null)).isInstanceOf(IllegalStateException.class);
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
