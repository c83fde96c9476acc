package vn.bhxh.tracker.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;

import vn.bhxh.tracker.account.Position;
import vn.bhxh.tracker.reporting.ReportingPeriods;
import vn.bhxh.tracker.reporting.StoredSelfAssessments;
import vn.bhxh.tracker.support.DemoUsers;
import vn.bhxh.tracker.support.InsertedReports;
import vn.bhxh.tracker.support.IntegrationTest;
import vn.bhxh.tracker.support.SelfAssessmentSteps;
import vn.bhxh.tracker.support.TestAccounts;

/**
 * Evidence files through the pages, on real PostgreSQL: who may upload, download and delete; what
 * is refused (sizes, counts, a report's quota, type by content, zip bombs) and with which message;
 * names; streaming in pieces; and how a submission freezes the files it sends. Each test reports on a
 * month of its own, from 2022-01 on.
 */
@IntegrationTest
class EvidenceTest {

    private static final AtomicInteger NEXT_MONTH = new AtomicInteger();
    private static final byte[] PDF = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MockMvc mvc;

    @Autowired
    MeterRegistry meters;

    @Autowired
    DemoUsers demo;

    @Autowired
    StoredSelfAssessments assessments;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SelfAssessmentSteps steps;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    ReportingPeriods periods;

    @Test
    void aPdfIsKeptWithItsHashAndOnlyThoseWhoReadTheReportCanDownloadIt() throws Exception {
        long id = startReport();
        upload(id, 0, "badinh", file("Biên bản kiểm tra.pdf", PDF))
                .andExpect(redirectedUrl("/reports/" + id + "/edit"))
                .andExpect(flash().attribute("flashSuccess", "evidence.flash.added"));

        Map<String, Object> row = onlyFileOf(id);
        assertThat(row).containsEntry("file_name", "Biên bản kiểm tra.pdf").containsEntry("content_type", "application/pdf")
                .containsEntry("size_bytes", (long) PDF.length).containsEntry("sha256", sha256(PDF));
        assertThat(row.get("submission_number")).isNull();
        assertThat(sha256(PDF)).hasSize(64).matches("[0-9a-f]+");
        long evidenceId = (Long) row.get("id");

        for (String reader : List.of("badinh", "badinh.pho", "hanoi")) {
            mvc.perform(get("/evidence/{id}", evidenceId).with(demo.as(reader)))
                    .andExpect(status().isOk())
                    .andExpect(content().bytes(PDF))
                    .andExpect(content().contentType("application/pdf"))
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                    .andExpect(header().string("Content-Disposition",
                            "attachment; filename=\"Bien ban kiem tra.pdf\"; filename*=UTF-8''Bi%C3%AAn%20b%E1%BA%A3n%20ki%E1%BB%83m%20tra.pdf"));
        }
        // reviewers and executives reach a file once the unit has submitted it (DraftPrivacyTest)
        for (String stranger : List.of(leaderOf("H002"), "admin", "tccb", "tgd")) {
            mvc.perform(get("/evidence/{id}", evidenceId).with(demo.as(stranger))).andExpect(status().isNotFound());
        }
        mvc.perform(get("/evidence/{id}", evidenceId)).andExpect(redirectedUrl("/login"));

        assertThat(page("/reports/" + id + "/edit", "badinh")).contains("Biên bản kiểm tra.pdf", "Tài liệu kiểm chứng");
        assertThat(page("/reports/" + id, "hanoi")).contains("Biên bản kiểm tra.pdf", "/evidence/" + evidenceId);
        assertThat(jdbc.queryForObject("SELECT details FROM audit_event WHERE target_type = 'SELF_ASSESSMENT' "
                + "AND target_id = ? AND action = 'EVIDENCE_ADDED'", String.class, id))
                .contains("Biên bản kiểm tra.pdf", "\"duty\":\"2a\"");
        assertThat(page("/reports/" + id, "badinh")).contains("Thêm tài liệu kiểm chứng");
    }

    @Test
    void eachFileShowsWhoUploadedItUnderItsOwnDuty() throws Exception {
        long id = startReport();
        upload(id, 0, "badinh", file("cua-truong.pdf", PDF)).andExpect(flash().attribute("flashSuccess", "evidence.flash.added"));
        upload(id, 2, "badinh.pho", file("cua-pho.pdf", PDF)).andExpect(flash().attribute("flashSuccess", "evidence.flash.added"));

        assertThat(jdbc.queryForMap("SELECT e.uploaded_by_id, d.duty_id FROM evidence e JOIN duty_report d ON d.id = e.duty_report_id "
                + "WHERE e.id = ?", fileId(id, "cua-pho.pdf"))).containsEntry("duty_id", dutyId(2))
                .containsEntry("uploaded_by_id", jdbc.queryForObject("SELECT id FROM user_account WHERE username = 'badinh.pho'", Long.class));
        String page = page("/reports/" + id, "hanoi");
        assertThat(page).containsSubsequence("href=\"/evidence/" + fileId(id, "cua-truong.pdf") + "\"", "title=\"Tải lên bởi Phạm Thị Lan\"")
                .containsSubsequence("href=\"/evidence/" + fileId(id, "cua-pho.pdf") + "\"", "title=\"Tải lên bởi Đỗ Quang Vinh\"")
                .containsSubsequence("cua-truong.pdf", "cua-pho.pdf");
    }

    @Test
    void onlyTheUnitsLeadersUploadAndOnlyToTheirOwnReport() throws Exception {
        long id = startReport();
        upload(id, 0, leaderOf("H002"), file("x.pdf", PDF)).andExpect(status().isNotFound());
        upload(id, 0, "tccb", file("x.pdf", PDF)).andExpect(status().isForbidden());
        upload(id, 0, "hanoi", file("x.pdf", PDF)).andExpect(status().isNotFound());
        mvc.perform(multipart("/reports/{id}/duties/{duty}/evidence", id, 999_999).file(file("x.pdf", PDF))
                .with(demo.as("badinh")).with(csrf())).andExpect(status().isNotFound());
        assertThat(countFiles(id)).isZero();
    }

    @Test
    void aFileOverTheLimitIsRefusedWithAMessage() throws Exception {
        long id = startReport();
        byte[] big = new byte[(int) (20 * 1024 * 1024) + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        MvcResult result = upload(id, 0, "badinh", file("lon.pdf", big))
                .andExpect(redirectedUrl("/reports/" + id + "/edit"))
                .andExpect(flash().attribute("flashError", "evidence.error.tooBig"))
                .andExpect(flash().attribute("flashArgument", "20 MB"))
                .andReturn();
        assertThat(countFiles(id)).isZero();
        // the message waits in the session (in PostgreSQL), which the redirect's cookie names
        String page = HtmlUtils.htmlUnescape(mvc.perform(get("/reports/{id}/edit", id).with(demo.as("badinh"))
                .cookie(result.getResponse().getCookie("SESSION"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(page).contains("Tệp vượt quá dung lượng cho phép (20 MB mỗi tệp).");
    }

    @Test
    void aFileNamedPdfThatIsAWebPageOrAProgramIsRefused() throws Exception {
        double refusedBefore = meters.counter(UploadRefusals.METRIC, "reason", "type").count();
        long id = startReport();
        byte[] html = "<!DOCTYPE html><html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 0, 0};
        for (byte[] content : List.of(html, exe)) {
            upload(id, 0, "badinh", file("bao-cao.pdf", content))
                    .andExpect(redirectedUrl("/reports/" + id + "/edit"))
                    .andExpect(flash().attribute("flashError", "evidence.error.type"))
                    .andExpect(flash().attribute("flashArgument", "bao-cao.pdf"));
        }
        // one bad file keeps the good one in the same upload out too
        mvc.perform(multipart("/reports/{id}/duties/{duty}/evidence", id, dutyId(0))
                        .file(file("tot.pdf", PDF)).file(file("bao-cao.pdf", exe)).with(demo.as("badinh")).with(csrf()))
                .andExpect(flash().attribute("flashError", "evidence.error.type"));
        assertThat(countFiles(id)).isZero();
        // each refused upload counts once in the metrics, with its reason
        assertThat(meters.counter(UploadRefusals.METRIC, "reason", "type").count()).isEqualTo(refusedBefore + 3);
    }

    @Test
    void namesLoseTheirFolders() throws Exception {
        long id = startReport();
        upload(id, 1, "badinh", file("../../etc/passwd.pdf", PDF)).andExpect(redirectedUrl("/reports/" + id + "/edit"));
        upload(id, 1, "badinh", file("C:\\tmp\\x.pdf", PDF)).andExpect(redirectedUrl("/reports/" + id + "/edit"));
        upload(id, 1, "badinh", file("..", PDF)).andExpect(redirectedUrl("/reports/" + id + "/edit"));
        assertThat(jdbc.queryForList("""
                SELECT e.file_name FROM evidence e JOIN duty_report d ON d.id = e.duty_report_id
                WHERE d.self_assessment_id = ? ORDER BY e.id""", String.class, id))
                .containsExactly("passwd.pdf", "x.pdf", "tai-lieu.pdf");
    }

    @Test
    void submittedFilesStayAndARevisionAddsFiles() throws Exception {
        long id = startReport();
        upload(id, 0, "badinh", file("gui-lan-1.pdf", PDF));
        upload(id, 0, "badinh", file("nham.pdf", PDF));
        long kept = fileId(id, "gui-lan-1.pdf");
        long mistaken = fileId(id, "nham.pdf");

        mvc.perform(post("/evidence/{id}/delete", mistaken).with(demo.as(leaderOf("H002"))).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/evidence/{id}/delete", mistaken).with(demo.as("badinh.pho")).with(csrf()))
                .andExpect(redirectedUrl("/reports/" + id + "/edit"))
                .andExpect(flash().attribute("flashSuccess", "evidence.flash.deleted"));
        assertThat(countFiles(id)).isEqualTo(1);
        assertThat(countContents(mistaken)).isZero();

        submit(id, "badinh");
        assertThat(submissionOf(kept)).isEqualTo(1);

        upload(id, 0, "badinh", file("sau-khi-nop.pdf", PDF))
                .andExpect(redirectedUrl("/reports/" + id))
                .andExpect(flash().attribute("flashError", "report.flash.notEditable"));
        mvc.perform(post("/evidence/{id}/delete", kept).with(demo.as("badinh")).with(csrf()))
                .andExpect(redirectedUrl("/reports/" + id))
                .andExpect(flash().attribute("flashError", "report.flash.notEditable"));
        assertThat(countFiles(id)).isEqualTo(1);

        mvc.perform(post("/review/{id}", id).with(demo.as("tccb")).with(csrf())
                        .param("version", String.valueOf(assessments.findById(id).orElseThrow().getVersion()))
                        .param("decision", "return").param("comments[" + dutyId(0) + "]", "Bổ sung biên bản"))
                .andExpect(redirectedUrl("/review"));

        mvc.perform(post("/evidence/{id}/delete", kept).with(demo.as("badinh")).with(csrf()))
                .andExpect(redirectedUrl("/reports/" + id + "/edit"))
                .andExpect(flash().attribute("flashError", "evidence.error.submitted"));
        assertThat(countContents(kept)).isEqualTo(1);
        upload(id, 0, "badinh", file("bo-sung.pdf", PDF))
                .andExpect(flash().attribute("flashSuccess", "evidence.flash.added"));
        long added = fileId(id, "bo-sung.pdf");
        assertThat(submissionOf(added)).isNull();

        String editPage = page("/reports/" + id + "/edit", "badinh");
        assertThat(editPage).contains("form=\"evidence-delete-" + added + "\"").doesNotContain("evidence-delete-" + kept);

        submit(id, "badinh");
        assertThat(submissionOf(kept)).isEqualTo(1);
        assertThat(submissionOf(added)).isEqualTo(2);
        assertThat(jdbc.queryForList("SELECT action FROM audit_event WHERE target_type = 'SELF_ASSESSMENT' AND target_id = ? "
                + "ORDER BY id", String.class, id)).containsExactly("CREATED", "EVIDENCE_ADDED", "EVIDENCE_ADDED",
                "EVIDENCE_DELETED", "SUBMITTED", "RETURNED", "EVIDENCE_ADDED", "RESUBMITTED");
        assertThat(jdbc.queryForObject("SELECT details FROM audit_event WHERE target_type = 'SELF_ASSESSMENT' "
                + "AND target_id = ? AND action = 'EVIDENCE_DELETED'", String.class, id)).contains("nham.pdf", "\"duty\":\"2a\"");
    }

    @Test
    void eachUploadOverTheApplicationsLimitsGoesBackToTheEditPageWithItsMessage() throws Exception {
        long id = startReport();
        var eleven = multipart("/reports/{id}/duties/{duty}/evidence", id, dutyId(0));
        for (int i = 0; i < 11; i++) {
            eleven.file(file("tep-" + i + ".pdf", PDF));
        }
        MvcResult tooMany = mvc.perform(eleven.with(demo.as("badinh")).with(csrf()))
                .andExpect(redirectedUrl("/reports/" + id + "/edit"))
                .andExpect(flash().attribute("flashError", "evidence.error.tooMany"))
                .andExpect(flash().attribute("flashArgument", 10))
                .andReturn();
        assertThat(editPageAfter(id, tooMany)).contains("Mỗi lần chỉ tải lên được tối đa 10 tệp.");

        byte[] seventeenMegabytes = pdfOf(17 * 1024 * 1024);
        MvcResult tooMuch = mvc.perform(multipart("/reports/{id}/duties/{duty}/evidence", id, dutyId(0))
                        .file(file("a.pdf", seventeenMegabytes)).file(file("b.pdf", seventeenMegabytes))
                        .file(file("c.pdf", seventeenMegabytes)).with(demo.as("badinh")).with(csrf()))
                .andExpect(redirectedUrl("/reports/" + id + "/edit"))
                .andExpect(flash().attribute("flashError", "evidence.error.uploadTooBig"))
                .andExpect(flash().attribute("flashArgument", "50 MB"))
                .andReturn();
        assertThat(editPageAfter(id, tooMuch)).contains("Tổng dung lượng các tệp trong một lần tải lên vượt quá 50 MB.");
        assertThat(countFiles(id)).isZero();
    }

    @Test
    void theUploadHintStatesTheLimitsInTheReadersLanguageWithTheEnglishPlural() throws Exception {
        long id = startReport();
        assertThat(page("/reports/" + id + "/edit", "badinh"))
                .contains("tối đa 20 MB mỗi tệp, 10 tệp và 50 MB mỗi lần tải lên; mỗi báo cáo tối đa 100 tệp và 200 MB.");
        assertThat(page("/reports/" + id + "/edit?lang=en", "badinh"))
                .contains("at most 20 MB per file, 10 files and 50 MB per upload; at most 100 files and 200 MB per report.");
    }

    @Test
    void theReportsQuotaCountsItsFilesAndItsBytesSubmittedOnesIncluded() throws Exception {
        long id = startReport();
        insertFiles(id, 98, 1);
        upload(id, 1, "badinh", file("mot.pdf", PDF)).andExpect(flash().attribute("flashSuccess", "evidence.flash.added"));
        MvcResult full = mvc.perform(multipart("/reports/{id}/duties/{duty}/evidence", id, dutyId(2))
                        .file(file("hai.pdf", PDF)).file(file("ba.pdf", PDF)).with(demo.as("badinh")).with(csrf()))
                .andExpect(redirectedUrl("/reports/" + id + "/edit"))
                .andExpect(flash().attribute("flashError", "evidence.error.reportFiles"))
                .andExpect(flash().attribute("flashArgument", 100))
                .andReturn();
        assertThat(editPageAfter(id, full)).contains("Mỗi báo cáo chỉ được có tối đa 100 tệp tài liệu kiểm chứng");
        upload(id, 2, "badinh", file("hai.pdf", PDF)).andExpect(flash().attribute("flashSuccess", "evidence.flash.added"));
        assertThat(countFiles(id)).isEqualTo(100);
        upload(id, 3, "badinh", file("thua.pdf", PDF)).andExpect(flash().attribute("flashError", "evidence.error.reportFiles"));

        long other = startReport();
        insertFiles(other, 1, 200L * 1024 * 1024 - PDF.length);
        upload(other, 0, "badinh", file("vua-du.pdf", PDF)).andExpect(flash().attribute("flashSuccess", "evidence.flash.added"));
        MvcResult heavy = upload(other, 0, "badinh", file("qua-nang.pdf", PDF))
                .andExpect(redirectedUrl("/reports/" + other + "/edit"))
                .andExpect(flash().attribute("flashError", "evidence.error.reportSize"))
                .andExpect(flash().attribute("flashArgument", "200 MB"))
                .andReturn();
        assertThat(editPageAfter(other, heavy)).contains("Tổng dung lượng tài liệu kiểm chứng của một báo cáo không được vượt quá 200 MB");
        assertThat(countFiles(other)).isEqualTo(2);
    }

    @Test
    void aFileWhoseNameContradictsItsContentIsKeptUnderTheExtensionOfItsType() throws Exception {
        long id = startReport();
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
        upload(id, 0, "badinh", file("poly.exe", PDF)).andExpect(flash().attribute("flashSuccess", "evidence.flash.added"));
        upload(id, 0, "badinh", file("bao-cao.html", PDF)).andExpect(flash().attribute("flashSuccess", "evidence.flash.added"));
        upload(id, 0, "badinh", file("Ảnh hiện trường.JPG", png)).andExpect(flash().attribute("flashSuccess", "evidence.flash.added"));
        upload(id, 0, "badinh", file("Biên bản.PDF", PDF)).andExpect(flash().attribute("flashSuccess", "evidence.flash.added"));
        assertThat(jdbc.queryForList("""
                SELECT e.file_name || ' ' || e.content_type FROM evidence e JOIN duty_report d ON d.id = e.duty_report_id
                WHERE d.self_assessment_id = ? ORDER BY e.id""", String.class, id))
                .containsExactly("poly.pdf application/pdf", "bao-cao.pdf application/pdf", "Ảnh hiện trường.png image/png",
                        "Biên bản.PDF application/pdf");
        mvc.perform(get("/evidence/{id}", fileId(id, "poly.pdf")).with(demo.as("badinh")))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"poly.pdf\"; filename*=UTF-8''poly.pdf"));
        assertThat(jdbc.queryForList("SELECT details FROM audit_event WHERE target_type = 'SELF_ASSESSMENT' AND target_id = ? "
                + "AND action = 'EVIDENCE_ADDED' ORDER BY id", String.class, id).get(0)).contains("poly.pdf");
    }

    @Test
    void aZipBombIsRefusedWithItsMessageWithoutWaitingForTheReportsLock() throws Exception {
        long id = startReport();
        int megabytes = 2048;
        byte[] bomb = new ZipBuilder()
                .stored("[Content_Types].xml", "<Types/>")
                .entry("word/document.xml", ZipBuilder.DEFLATED, ZipBuilder.deflatedZeros(megabytes),
                        megabytes * 1024L * 1024, ZipBuilder.crcOfZeros(megabytes))
                .build();
        // another request holds the report's row lock (as a save or a submission would) all along
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<?> holder = threads.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
                jdbc.queryForObject("SELECT id FROM self_assessment WHERE id = ? FOR UPDATE", Long.class, id);
                locked.countDown();
                awaitQuietly(release);
            }));
            assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
            Future<MvcResult> refused = threads.submit(() -> upload(id, 0, "badinh", file("bao-cao.docx", bomb)).andReturn());
            // the bomb is judged before the lock is asked for: the answer comes while the lock is still held
            MvcResult result = refused.get(30, TimeUnit.SECONDS);
            assertThat(holder.isDone()).isFalse();
            release.countDown();
            holder.get(10, TimeUnit.SECONDS);
            assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/reports/" + id + "/edit");
            assertThat((Map<String, Object>) result.getFlashMap()).containsEntry("flashError", "evidence.error.archive")
                    .containsEntry("flashArgument", "bao-cao.docx");
            assertThat(editPageAfter(id, result)).contains("Tệp «bao-cao.docx» bị từ chối vì nội dung nén bên trong quá lớn");
        } finally {
            release.countDown();
            threads.shutdownNow();
        }
        assertThat(countFiles(id)).isZero();
    }

    @Test
    void theArchiveLimitsHoldOverAWholeUpload() throws Exception {
        long id = startReport();
        // three Word files, each within the limits (190 MB once inflated, 7,000 entries), too much together
        byte[] large = officeFile(builder -> {
            for (int i = 0; i < 190; i++) {
                builder.entry("word/media/image" + i + ".png", ZipBuilder.DEFLATED, new byte[] {3, 0}, 1024 * 1024, 0);
            }
        });
        byte[] many = officeFile(builder -> {
            for (int i = 0; i < 7_000; i++) {
                builder.stored("word/p" + i, "");
            }
        });
        for (byte[] content : List.of(large, many)) {
            upload(id, 0, "badinh", file("mot.docx", content)).andExpect(flash().attribute("flashSuccess", "evidence.flash.added"));
            MvcResult refused = mvc.perform(multipart("/reports/{id}/duties/{duty}/evidence", id, dutyId(1))
                            .file(file("a.docx", content)).file(file("b.docx", content)).file(file("c.docx", content))
                            .with(demo.as("badinh")).with(csrf()))
                    .andExpect(redirectedUrl("/reports/" + id + "/edit"))
                    .andExpect(flash().attribute("flashError", "evidence.error.archiveUpload"))
                    .andReturn();
            assertThat(editPageAfter(id, refused)).contains("tổng nội dung nén bên trong quá lớn");
        }
        assertThat(countFiles(id)).isEqualTo(2);
    }

    @Test
    void aFileOfSeveralPiecesStreamsBackWithItsExactBytesAndHash() throws Exception {
        long id = startReport();
        byte[] content = pdfOf(2 * 1024 * 1024 + 512 * 1024);
        upload(id, 0, "badinh", file("nhieu-phan.pdf", content)).andExpect(flash().attribute("flashSuccess", "evidence.flash.added"));
        long evidenceId = fileId(id, "nhieu-phan.pdf");
        assertThat(jdbc.queryForList("SELECT octet_length(data) FROM evidence_chunk WHERE evidence_id = ? ORDER BY position",
                Integer.class, evidenceId)).containsExactly(1024 * 1024, 1024 * 1024, 512 * 1024);
        assertThat(jdbc.queryForObject("SELECT sha256 FROM evidence WHERE id = ?", String.class, evidenceId)).isEqualTo(sha256(content));

        MvcResult download = mvc.perform(get("/evidence/{id}", evidenceId).with(demo.as("hanoi")))
                .andExpect(status().isOk())
                .andExpect(header().longValue("Content-Length", content.length))
                .andExpect(header().string("ETag", "\"" + sha256(content) + "\""))
                .andReturn();
        byte[] received = download.getResponse().getContentAsByteArray();
        assertThat(received).isEqualTo(content);
        assertThat(sha256(received)).isEqualTo(sha256(content));

        // a range across the first two pieces
        int from = 1024 * 1024 - 8;
        mvc.perform(get("/evidence/{id}", evidenceId).with(demo.as("hanoi")).header("Range", "bytes=" + from + "-" + (from + 15)))
                .andExpect(status().isPartialContent())
                .andExpect(content().bytes(Arrays.copyOfRange(content, from, from + 16)));
        // a range in the last piece: the pieces before it are skipped over
        int inLast = 2 * 1024 * 1024 + 100;
        mvc.perform(get("/evidence/{id}", evidenceId).with(demo.as("hanoi")).header("Range", "bytes=" + inLast + "-"))
                .andExpect(status().isPartialContent())
                .andExpect(content().bytes(Arrays.copyOfRange(content, inLast, content.length)));
        // several ranges, each of which would read the file again: the whole file once instead
        mvc.perform(get("/evidence/{id}", evidenceId).with(demo.as("hanoi")).header("Range", "bytes=0-0,2097152-2097152,5-9"))
                .andExpect(status().isOk())
                .andExpect(header().longValue("Content-Length", content.length));
    }

    // ---- helpers ----

    /** The edit page as the redirect after an upload shows it, with the flash message. */
    private String editPageAfter(long id, MvcResult redirect) throws Exception {
        // the message waits in the session (in PostgreSQL), which the redirect's cookie names
        return HtmlUtils.htmlUnescape(mvc.perform(get("/reports/{id}/edit", id).with(demo.as("badinh"))
                        .cookie(redirect.getResponse().getCookie("SESSION")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    /** A PDF of the given size: its header, then bytes that do not repeat. */
    private static byte[] pdfOf(int size) {
        byte[] content = new byte[size];
        new Random(size).nextBytes(content);
        System.arraycopy(PDF, 0, content, 0, PDF.length);
        return content;
    }

    /** A Word file: its two telling entries, then whatever the builder adds. */
    private static byte[] officeFile(java.util.function.Consumer<ZipBuilder> parts) {
        ZipBuilder builder = new ZipBuilder().stored("[Content_Types].xml", "<Types/>").stored("word/document.xml", "<w/>");
        parts.accept(builder);
        return builder.build();
    }

    /** Files already on the report (as earlier uploads and submissions leave them), of the given size each, metadata only. */
    private void insertFiles(long id, int count, long size) {
        Long dutyReport = jdbc.queryForObject("SELECT min(id) FROM duty_report WHERE self_assessment_id = ?", Long.class, id);
        Long uploader = jdbc.queryForObject("SELECT id FROM user_account WHERE username = 'badinh'", Long.class);
        for (int i = 0; i < count; i++) {
            jdbc.update("""
                    INSERT INTO evidence (duty_report_id, file_name, content_type, size_bytes, sha256, uploaded_at,
                                          uploaded_by_id, submission_number)
                    VALUES (?, ?, 'application/pdf', ?, repeat('0', 64), TIMESTAMPTZ '2026-12-01 09:00+07', ?, 1)""",
                    dutyReport, "da-nop-" + i + ".pdf", size, uploader);
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String sha256(byte[] content) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    private org.springframework.test.web.servlet.ResultActions upload(long id, int duty, String user, MockMultipartFile file)
            throws Exception {
        return mvc.perform(multipart("/reports/{id}/duties/{duty}/evidence", id, dutyId(duty)).file(file)
                .with(demo.as(user)).with(csrf()));
    }

    private static MockMultipartFile file(String name, byte[] content) {
        return new MockMultipartFile("files", name, "application/pdf", content);
    }

    private Map<String, Object> onlyFileOf(long id) {
        return jdbc.queryForMap("""
                SELECT e.* FROM evidence e JOIN duty_report d ON d.id = e.duty_report_id WHERE d.self_assessment_id = ?""", id);
    }

    /**
     * A report its unit left open when it ended is its successor's leaders' to finish, evidence included:
     * Hà Giang's office (T02) merged into Tuyên Quang's (T08) in 04/2025 (V30), so T08's head adds a file
     * to a draft of T02's and removes it; the head of a district office under T08 (H070), which continued
     * nothing, can do neither. The draft, inserted for 01/2025 (a month
     * whose period the demo's history opened and in which no test leaves T02 a report: HaGiang2021 has
     * 08–10/2021), is deleted after.
     */
    @Test
    void theHeadOfTheOfficeThatContinuedAnEndedOneAddsAndRemovesEvidenceOfItsOpenReportAndNoOtherLeaderCan() throws Exception {
        String t08 = leaderOf("T08");
        String h070 = leaderOf("H070");
        long periodId = periods.open(YearMonth.of(2025, 1)).id();
        long id = InsertedReports.insert(jdbc, jdbc.queryForObject("SELECT id FROM unit WHERE code = 'T02'", Long.class), periodId,
                "DRAFT", null, "DONE", "DONE", "DONE", "DONE", "DONE", "DONE", "DONE");
        try {
            upload(id, 0, h070, file("khong-phai.pdf", PDF)).andExpect(status().isNotFound());
            upload(id, 0, t08, file("ha-giang.pdf", PDF))
                    .andExpect(redirectedUrl("/reports/" + id + "/edit"))
                    .andExpect(flash().attribute("flashSuccess", "evidence.flash.added"));
            assertThat(countFiles(id)).isOne();
            long added = fileId(id, "ha-giang.pdf");
            assertThat(jdbc.queryForObject("SELECT uploaded_by_id FROM evidence WHERE id = ?", Long.class, added))
                    .isEqualTo(jdbc.queryForObject("SELECT id FROM user_account WHERE username = ?", Long.class, t08));

            mvc.perform(post("/evidence/{id}/delete", added).with(demo.as(h070)).with(csrf())).andExpect(status().isNotFound());
            mvc.perform(post("/evidence/{id}/delete", added).with(demo.as(t08)).with(csrf()))
                    .andExpect(flash().attribute("flashSuccess", "evidence.flash.deleted"));
            assertThat(countFiles(id)).isZero();
        } finally {
            jdbc.update("DELETE FROM self_assessment WHERE id = ?", id);
        }
    }

    private long fileId(long id, String name) {
        return jdbc.queryForObject("""
                SELECT e.id FROM evidence e JOIN duty_report d ON d.id = e.duty_report_id
                WHERE d.self_assessment_id = ? AND e.file_name = ?""", Long.class, id, name);
    }

    private int countFiles(long id) {
        return jdbc.queryForObject("""
                SELECT count(*) FROM evidence e JOIN duty_report d ON d.id = e.duty_report_id
                WHERE d.self_assessment_id = ?""", Integer.class, id);
    }

    private int countContents(long evidenceId) {
        return jdbc.queryForObject("SELECT count(*) FROM evidence_chunk WHERE evidence_id = ?", Integer.class, evidenceId);
    }

    private Integer submissionOf(long evidenceId) {
        return jdbc.queryForObject("SELECT submission_number FROM evidence WHERE id = ?", Integer.class, evidenceId);
    }

    private String page(String path, String user) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(get(path).with(demo.as(user))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    /** A unit leader of another unit, created once. */
    private String leaderOf(String unitCode) {
        String username = "evidence.leader." + unitCode.toLowerCase();
        testAccounts.ensureLeader(username, "Người dùng thử " + unitCode, unitCode, Position.HEAD);
        return username;
    }

    private long startReport() throws Exception {
        return steps.start("badinh", YearMonth.of(2022, 1).plusMonths(NEXT_MONTH.getAndIncrement()));
    }

    private void submit(long id, String leader) throws Exception {
        steps.submit(id, leader, "badinh");
    }

    private Long dutyId(int position) {
        return steps.dutyId(position);
    }
}
