package vn.bhxh.tracker.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.bhxh.tracker.support.Pages.html;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import vn.bhxh.tracker.account.Position;
import vn.bhxh.tracker.checklist.ChecklistService;
import vn.bhxh.tracker.checklist.Duty;
import vn.bhxh.tracker.checklist.Indicator;
import vn.bhxh.tracker.checklist.IndicatorKind;
import vn.bhxh.tracker.dashboard.DashboardScope;
import vn.bhxh.tracker.dashboard.Worsenings;
import vn.bhxh.tracker.support.DemoUsers;
import vn.bhxh.tracker.support.IntegrationTest;
import vn.bhxh.tracker.support.SelfAssessmentSteps;
import vn.bhxh.tracker.support.TestAccounts;

/**
 * A draft belongs to its unit until it is submitted: its leaders and its province's director read it
 * whole; reviewers and executives see that it exists, never its duties, figures or files, on any page
 * or download; another province's director does not find it. A returned report shows others its
 * latest submission while the unit revises it. BHXH huyện Đông Anh (H017) reports here, on months
 * of its own from 06/2023.
 */
@IntegrationTest
class DraftPrivacyTest {

    private static final AtomicInteger NEXT_MONTH = new AtomicInteger();
    private static final String HEAD = "donganh";
    private static final String DEPUTY = "donganh.pho";
    private static final byte[] PDF = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final String SECRET_FIGURE = "31415926";

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    SelfAssessmentSteps steps;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    ChecklistService checklist;

    @Autowired
    Worsenings figures;

    @Autowired
    JdbcTemplate jdbc;

    /** Another province's director. */
    private String otherDirector;

    @BeforeEach
    void people() {
        testAccounts.ensureLeader(HEAD, "Trưởng BHXH Đông Anh", "H017", Position.HEAD);
        testAccounts.ensureLeader(DEPUTY, "Phó BHXH Đông Anh", "H017", Position.DEPUTY);
        otherDirector = testAccounts.directorOf("T79");
    }

    @Test
    void aDraftIsReadWholeOnlyByItsUnitsLeadersAndItsProvincesDirector() throws Exception {
        YearMonth month = nextMonth();
        long id = steps.start(HEAD, month);
        Map<String, String> draft = steps.completeForm(id, HEAD);
        draft.put("duties[0].whatWasDone", "Nháp riêng của Đông Anh");
        draft.put("duties[0].values[" + countIndicatorOf2a().getId() + "]", SECRET_FIGURE);
        steps.send(HEAD, id, draft, "save").andExpect(redirectedUrl("/reports/" + id + "/edit"));
        upload(id, "nhap-rieng.pdf");
        long file = fileId(id, "nhap-rieng.pdf");

        for (String insider : List.of(HEAD, DEPUTY, "hanoi")) {
            assertThat(page("/reports/" + id, insider)).as(insider)
                    .contains("Nháp riêng của Đông Anh", SECRET_FIGURE, "nhap-rieng.pdf", "/evidence/" + file)
                    .doesNotContain("Bản nháp của đơn vị: bắt đầu lập lúc");
            mvc.perform(get("/evidence/{id}", file).with(demo.as(insider))).andExpect(status().isOk());
        }
        for (String outsider : List.of("tccb", "tgd")) {
            assertThat(page("/reports/" + id, outsider)).as(outsider)
                    .contains("BHXH huyện Đông Anh", "Bản nháp", "Bản nháp của đơn vị: bắt đầu lập lúc",
                            "Thêm tài liệu kiểm chứng", "Nhiệm vụ 2a")
                    .doesNotContain("Nháp riêng của Đông Anh", SECRET_FIGURE, "nhap-rieng.pdf", "/evidence/" + file,
                            "Kết quả thực hiện nhiệm vụ 2b");
            mvc.perform(get("/evidence/{id}", file).with(demo.as(outsider))).andExpect(status().isNotFound());
        }
        mvc.perform(get("/reports/{id}", id).with(demo.as(otherDirector))).andExpect(status().isNotFound());
        mvc.perform(get("/evidence/{id}", file).with(demo.as(otherDirector))).andExpect(status().isNotFound());

        // the reviewer finds the draft in the queue (that it exists), and has nothing to decide on
        assertThat(page("/review?state=DRAFT&month=" + month, "tccb")).contains("/reports/" + id, "BHXH huyện Đông Anh");
        mvc.perform(get("/review/{id}", id).with(demo.as("tccb"))).andExpect(redirectedUrl("/reports/" + id));

        steps.submit(id, HEAD, HEAD);
        for (String outsider : List.of("tccb", "tgd")) {
            assertThat(page("/reports/" + id, outsider)).contains("Kết quả thực hiện nhiệm vụ 2b", "nhap-rieng.pdf")
                    .doesNotContain("Bản nháp của đơn vị");
            mvc.perform(get("/evidence/{id}", file).with(demo.as(outsider))).andExpect(status().isOk());
        }
    }

    @Test
    void aReturnedReportShowsOthersItsLastSubmissionNotTheRevisionInProgress() throws Exception {
        long id = steps.start(HEAD, nextMonth());
        Map<String, String> first = steps.completeForm(id, HEAD);
        first.put("duties[0].whatWasDone", "Bản nộp lần 1 của Đông Anh");
        upload(id, "lan-1.pdf");
        steps.send(HEAD, id, first, "submit").andExpect(redirectedUrl("/reports/" + id));
        returnForRevision(id);

        Map<String, String> revision = steps.completeForm(id, HEAD);
        revision.put("duties[0].whatWasDone", "Bản đang sửa, chưa nộp");
        steps.send(DEPUTY, id, revision, "save").andExpect(redirectedUrl("/reports/" + id + "/edit"));
        upload(id, "bo-sung-chua-nop.pdf");
        long submittedFile = fileId(id, "lan-1.pdf");
        long newFile = fileId(id, "bo-sung-chua-nop.pdf");

        for (String outsider : List.of("tccb", "tgd")) {
            assertThat(page("/reports/" + id, outsider)).as(outsider)
                    .contains("Đơn vị đang chỉnh sửa lại báo cáo", "Dưới đây là nội dung lần nộp 1, do Trưởng BHXH Đông Anh nộp",
                            "Bản nộp lần 1 của Đông Anh", "lan-1.pdf", "Chưa rõ số liệu 2a")
                    .doesNotContain("Bản đang sửa, chưa nộp", "bo-sung-chua-nop.pdf");
            mvc.perform(get("/evidence/{id}", submittedFile).with(demo.as(outsider))).andExpect(status().isOk());
            mvc.perform(get("/evidence/{id}", newFile).with(demo.as(outsider))).andExpect(status().isNotFound());
        }
        for (String insider : List.of(HEAD, DEPUTY, "hanoi")) {
            assertThat(page("/reports/" + id, insider)).as(insider)
                    .contains("Bản đang sửa, chưa nộp", "bo-sung-chua-nop.pdf", "lan-1.pdf")
                    .doesNotContain("Đơn vị đang chỉnh sửa lại báo cáo");
            mvc.perform(get("/evidence/{id}", newFile).with(demo.as(insider))).andExpect(status().isOk());
        }

        steps.send(HEAD, id, revisionWithVersion(revision, id), "submit").andExpect(redirectedUrl("/reports/" + id));
        assertThat(page("/review/" + id, "tccb")).contains("Bản đang sửa, chưa nộp", "bo-sung-chua-nop.pdf",
                "Nhiệm vụ 2a: thay đổi so với lần nộp trước");
    }

    @Test
    void theMatrixTheApiAndTheExportShowAReturnedReportsDutiesAsLastSubmittedAndADraftsNot() throws Exception {
        YearMonth month = nextMonth();
        long id = steps.start(HEAD, month);
        steps.submit(id, HEAD, HEAD);
        returnForRevision(id);
        Map<String, String> revision = steps.completeForm(id, HEAD);
        revision.put("duties[0].status", "NOT_DONE");
        revision.put("duties[0].shortfallReason", "Chưa bố trí được cán bộ");
        revision.put("duties[0].remedy", "Bố trí trong tháng sau");
        steps.send(HEAD, id, revision, "save").andExpect(redirectedUrl("/reports/" + id + "/edit"));
        String hanoi = String.valueOf(unitId("T01"));

        mvc.perform(get("/api/v1/periods/{month}/units", month).param("unit", "T01").with(demo.as("tccb")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code == 'H017')].state").value("RETURNED"))
                .andExpect(jsonPath("$[?(@.code == 'H017')].duties['2a']").value("DONE"));
        String matrixRow = row(page("/dashboard/units?province=" + hanoi + "&month=" + month, "tccb"), "data-unit=\"H017\"");
        assertThat(matrixRow).contains("duty-status-DONE").doesNotContain("duty-status-NOT_DONE");
        String csvRow = row(mvc.perform(get("/dashboard/export.csv").param("month", month.toString()).param("province", hanoi)
                .with(demo.as("tccb"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8), "H017");
        assertThat(csvRow).contains("Đã thực hiện đầy đủ").doesNotContain("Chưa thực hiện");

        YearMonth draftMonth = nextMonth();
        long draft = steps.start(HEAD, draftMonth);
        steps.send(HEAD, draft, steps.completeForm(draft, HEAD), "save").andExpect(redirectedUrl("/reports/" + draft + "/edit"));
        mvc.perform(get("/api/v1/periods/{month}/units", draftMonth).param("unit", "T01").with(demo.as("tgd")))
                .andExpect(jsonPath("$[?(@.code == 'H017')].state").value("DRAFT"))
                .andExpect(jsonPath("$[?(@.code == 'H017')].duties").value(Map.of()));
        assertThat(row(page("/dashboard/units?province=" + hanoi + "&month=" + draftMonth, "tgd"), "data-unit=\"H017\""))
                .doesNotContain("duty-status-", "/reports/" + draft);
    }

    @Test
    void anIndicatorThatWorsenedIsReadAsLastSubmittedWhileTheUnitRevisesIt() throws Exception {
        Indicator overdue = checklist.versionInForce(YearMonth.of(2025, 1)).orElseThrow().getDuties().get(4).getIndicators()
                .stream().filter(indicator -> indicator.getPosition() == 4).findFirst().orElseThrow();
        String overdueField = "duties[4].values[" + overdue.getId() + "]";
        YearMonth last = null;
        long lastReport = 0;
        for (int overdueTasks = 1; overdueTasks <= 4; overdueTasks++) {
            last = nextMonth();
            lastReport = steps.start(HEAD, last);
            Map<String, String> form = steps.completeForm(lastReport, HEAD);
            form.put(overdueField, String.valueOf(overdueTasks));
            steps.send(HEAD, lastReport, form, "submit").andExpect(redirectedUrl("/reports/" + lastReport));
        }
        returnForRevision(lastReport);
        Map<String, String> revision = steps.completeForm(lastReport, HEAD);
        revision.put(overdueField, "0");
        steps.send(HEAD, lastReport, revision, "save").andExpect(redirectedUrl("/reports/" + lastReport + "/edit"));

        DashboardScope hanoi = new DashboardScope(unitId("T01"));
        assertThat(worsenedOfDongAnh(last, hanoi)).as("as last submitted, not the revision in progress")
                .containsExactly(BigDecimal.ONE, BigDecimal.valueOf(2), BigDecimal.valueOf(3), BigDecimal.valueOf(4));

        steps.send(HEAD, lastReport, revisionWithVersion(revision, lastReport), "submit").andExpect(redirectedUrl("/reports/" + lastReport));
        assertThat(worsenedOfDongAnh(last, hanoi)).as("resubmitted with no overdue task").isEmpty();
    }

    // ---- helpers ----

    private YearMonth nextMonth() {
        return YearMonth.of(2023, 6).plusMonths(NEXT_MONTH.getAndIncrement());
    }

    private List<BigDecimal> worsenedOfDongAnh(YearMonth month, DashboardScope scope) {
        return figures.worsenedIndicators(month, scope).stream()
                .filter(worsening -> worsening.code().equals("H017") && worsening.dutyCode().equals("2đ"))
                .findFirst().map(worsening -> worsening.values().stream().map(BigDecimal::stripTrailingZeros).toList())
                .orElse(List.of());
    }

    private Indicator countIndicatorOf2a() {
        Duty duty2a = checklist.versionInForce(YearMonth.of(2025, 1)).orElseThrow().getDuties().get(0);
        return duty2a.getIndicators().stream().filter(indicator -> indicator.getKind() == IndicatorKind.COUNT)
                .findFirst().orElseThrow();
    }

    private Map<String, String> revisionWithVersion(Map<String, String> form, long id) {
        form.put("version", String.valueOf(steps.version(id)));
        return form;
    }

    private void returnForRevision(long id) throws Exception {
        mvc.perform(steps.decision(id, "return", Map.of("comments[" + steps.dutyId(0) + "]", "Chưa rõ số liệu 2a")))
                .andExpect(redirectedUrl("/review"));
    }

    private void upload(long id, String name) throws Exception {
        mvc.perform(multipart("/reports/{id}/duties/{duty}/evidence", id, steps.dutyId(0))
                        .file(new MockMultipartFile("files", name, "application/pdf", PDF)).with(demo.as(HEAD)).with(csrf()))
                .andExpect(redirectedUrl("/reports/" + id + "/edit"));
    }

    private long fileId(long id, String name) {
        return jdbc.queryForObject("""
                SELECT e.id FROM evidence e JOIN duty_report d ON d.id = e.duty_report_id
                WHERE d.self_assessment_id = ? AND e.file_name = ?""", Long.class, id, name);
    }

    private long unitId(String code) {
        return jdbc.queryForObject("SELECT id FROM unit WHERE code = ?", Long.class, code);
    }

    private String page(String path, String user) throws Exception {
        return html(mvc.perform(get(path).with(demo.as(user))).andExpect(status().isOk()));
    }

    /** The one line (of a CSV) or table row (of a page) that carries the marker. */
    private static String row(String text, String marker) {
        int at = text.indexOf(marker);
        assertThat(at).as("a row with " + marker).isNotNegative();
        if (text.lastIndexOf("<tr", at) >= 0 && text.indexOf("</tr>", at) >= 0) {
            return text.substring(text.lastIndexOf("<tr", at), text.indexOf("</tr>", at));
        }
        int end = text.indexOf('\n', at);
        return text.substring(text.lastIndexOf('\n', at) + 1, end < 0 ? text.length() : end);
    }
}
