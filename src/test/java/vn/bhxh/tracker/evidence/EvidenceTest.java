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
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.HtmlUtils;

import vn.bhxh.tracker.account.Position;
import vn.bhxh.tracker.reporting.SelfAssessmentRepository;
import vn.bhxh.tracker.support.DemoUsers;
import vn.bhxh.tracker.support.IntegrationTest;
import vn.bhxh.tracker.support.ReportSteps;
import vn.bhxh.tracker.support.TestAccounts;

/**
 * Evidence files through the pages, on real PostgreSQL: who may upload, download and delete; what
 * is refused (size, type by content); names; and how a submission freezes the files it sends.
 * Each test reports on a month of its own, from 2022-01 on.
 */
@IntegrationTest
class EvidenceTest {

    private static final AtomicInteger NEXT_MONTH = new AtomicInteger();
    private static final byte[] PDF = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    SelfAssessmentRepository assessments;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ReportSteps steps;

    @Autowired
    TestAccounts testAccounts;

    @Test
    void aPdfIsKeptWithItsHashAndOnlyThoseWhoReadTheReportCanDownloadIt() throws Exception {
        long id = startReport();
        upload(id, 0, "badinh", file("Biên bản kiểm tra.pdf", PDF))
                .andExpect(redirectedUrl("/reports/" + id + "/edit"))
                .andExpect(flash().attribute("flashSuccess", "evidence.flash.added"));

        Map<String, Object> row = onlyFileOf(id);
        assertThat(row).containsEntry("file_name", "Biên bản kiểm tra.pdf").containsEntry("content_type", "application/pdf")
                .containsEntry("size_bytes", (long) PDF.length).containsEntry("sha256", EvidenceService.sha256(PDF));
        assertThat(row.get("submission_number")).isNull();
        assertThat(EvidenceService.sha256(PDF)).hasSize(64).matches("[0-9a-f]+");
        long evidenceId = (Long) row.get("id");

        for (String reader : List.of("badinh", "badinh.pho", "hanoi", "tccb")) {
            mvc.perform(get("/evidence/{id}", evidenceId).with(demo.as(reader)))
                    .andExpect(status().isOk())
                    .andExpect(content().bytes(PDF))
                    .andExpect(content().contentType("application/pdf"))
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                    .andExpect(header().string("Content-Disposition",
                            "attachment; filename=\"Bien ban kiem tra.pdf\"; filename*=UTF-8''Bi%C3%AAn%20b%E1%BA%A3n%20ki%E1%BB%83m%20tra.pdf"));
        }
        for (String stranger : List.of(leaderOf("H002"), "admin")) {
            mvc.perform(get("/evidence/{id}", evidenceId).with(demo.as(stranger))).andExpect(status().isNotFound());
        }
        mvc.perform(get("/evidence/{id}", evidenceId)).andExpect(redirectedUrl("/login"));

        assertThat(page("/reports/" + id + "/edit", "badinh")).contains("Biên bản kiểm tra.pdf", "Tài liệu kiểm chứng");
        assertThat(page("/reports/" + id, "hanoi")).contains("Biên bản kiểm tra.pdf", "/evidence/" + evidenceId);
        assertThat(jdbc.queryForObject("SELECT details FROM audit_event WHERE target_type = 'SELF_ASSESSMENT' "
                + "AND target_id = ? AND action = 'EVIDENCE_ADDED'", String.class, id)).contains("Biên bản kiểm tra.pdf");
        assertThat(page("/reports/" + id, "badinh")).contains("Thêm tài liệu kiểm chứng");
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
                .containsExactly("passwd.pdf", "x.pdf", "tai-lieu");
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
    }

    // ---- helpers ----

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
        return jdbc.queryForObject("SELECT count(*) FROM evidence_content WHERE evidence_id = ?", Integer.class, evidenceId);
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
