package vn.bhxh.tracker.unit.reorganisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.bhxh.tracker.support.Pages.html;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.annotation.Transactional;

import vn.bhxh.tracker.support.DemoUsers;
import vn.bhxh.tracker.support.IntegrationTest;

/**
 * The administrator's reorganisation pages through MockMvc, on {@link PlanFixtures}' tree: only
 * administrators, every change with its CSRF token; a plan uploaded as a CSV whose preview shows a
 * line's problem in the reader's language; a confirmation that writes the decision, and a second one
 * that writes nothing more. Each test rolls back.
 */
@IntegrationTest
@Transactional
class ReorganisationPagesTest extends OnTestTree {

    private static final String PLANS = "/admin/reorganisations/plans";
    private static final String HEADER = "kind,old_code,new_code,new_name,new_parent_code,level\n";

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;


    @Test
    void onlyAnAdministratorReachesThePages() throws Exception {
        mvc.perform(get("/admin/reorganisations")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/admin/reorganisations").with(demo.as("badinh"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/reorganisations").with(demo.as("tccb"))).andExpect(status().isForbidden());
        mvc.perform(post(PLANS).with(demo.as("hanoi")).with(csrf())).andExpect(status().isForbidden());
        assertThat(html(mvc.perform(get("/admin/reorganisations").with(demo.as("admin"))).andExpect(status().isOk())))
                .contains("<h1 class=\"h3 mb-0\">Sắp xếp tổ chức</h1>", "Lập kế hoạch sắp xếp");
    }

    @Test
    void everyChangeNeedsItsCsrfToken() throws Exception {
        long plan = newPlan();
        mvc.perform(post(PLANS).with(demo.as("admin"))).andExpect(status().isForbidden());
        mvc.perform(post(PLANS + "/" + plan + "/lines").param("kind", "CLOSE").param("oldCode", "ZQH21").with(demo.as("admin")))
                .andExpect(status().isForbidden());
        mvc.perform(post(PLANS + "/" + plan + "/apply").param("version", "0").with(demo.as("admin"))).andExpect(status().isForbidden());
        assertThat(plans.get(plan, admin).lines()).isEmpty();
    }

    /** Line 2 names ZQH99, which no unit has: the plan's page and its preview say so on line 2, and offer no confirmation. */
    @Test
    void thePreviewShowsALinesProblemOnItsLineAndOffersNoConfirmation() throws Exception {
        long plan = newPlan();
        header(plan, "ZQ-30/QĐ");
        upload(plan, "ke-hoach.csv", HEADER + "MERGE,ZQH11,ZQH12,,,\nCLOSE,ZQH99,,,,\n")
                .andExpect(flash().attribute("flashSuccess", "reorganisation.flash.uploaded"))
                .andExpect(flash().attribute("flashArgument", 2));

        String page = html(mvc.perform(get(PLANS + "/" + plan).with(demo.as("admin"))).andExpect(status().isOk()));
        assertThat(page).contains("1 dòng có vấn đề");
        assertThat(page.substring(page.indexOf("data-line=\"2\""))).contains("Không có đơn vị nào mang mã ZQH99, ghi ở cột old_code (mã đơn vị cũ).");

        String preview = preview(plan);
        assertThat(preview).contains("Vấn đề cần sửa trước khi áp dụng (1)", "Chỉ xác nhận được khi kế hoạch không còn vấn đề nào.")
                .doesNotContain("Xác nhận áp dụng</button>");
        assertThat(preview.substring(preview.indexOf("data-line=\"2\""))).contains("Không có đơn vị nào mang mã ZQH99");
        assertThat(preview).doesNotContain("data-line=\"1\"");

        String english = html(mvc.perform(get(PLANS + "/" + plan + "/preview").param("lang", "en").with(demo.as("admin"))));
        assertThat(english).contains("No unit has the code ZQH99, given in the column old_code (old unit code).");
    }

    /** ZQH11 merges into ZQH12: the preview lists both units' change, the confirmation writes the decision and shows it. */
    @Test
    void aConfirmedPlanIsWrittenAndItsDecisionsPageListsItsLines() throws Exception {
        long plan = plannedFile("ZQ-31/QĐ", "MERGE,ZQH11,ZQH12,,,\n");
        String preview = preview(plan);
        assertThat(preview).contains("Xác nhận áp dụng</button>", "Áp dụng kế hoạch sắp xếp này? Không thể hoàn tác.");
        assertThat(preview.substring(preview.indexOf("data-code=\"ZQH11\""))).contains("BHXH huyện Một Một", "Không hoạt động",
                "Kế thừa: ZQH12");

        MvcResult applied = confirm(plan).andExpect(redirectedUrlPattern("/admin/reorganisations/*"))
                .andExpect(flash().attribute("flashSuccess", "reorganisation.flash.applied")).andReturn();

        Long reorganisation = jdbc.queryForObject("SELECT id FROM reorganisation WHERE decision_number = 'ZQ-31/QĐ'", Long.class);
        assertThat(applied.getResponse().getRedirectedUrl()).isEqualTo("/admin/reorganisations/" + reorganisation);
        assertThat(fixtures.tree(month, "ZQH1")).containsOnlyKeys("ZQH12", "ZQH13");
        String decision = html(mvc.perform(get("/admin/reorganisations/" + reorganisation).with(demo.as("admin"))).andExpect(status().isOk()));
        assertThat(decision).contains("Quyết định ZQ-31/QĐ", "Quản trị viên áp dụng", "Sáp nhập", "ZQH11", "BHXH huyện Một Một", "ZQH12");
        assertThat(html(mvc.perform(get("/admin/reorganisations").with(demo.as("admin"))))).contains("ZQ-31/QĐ");
        mvc.perform(get(PLANS + "/" + plan).with(demo.as("admin"))).andExpect(status().isNotFound());
    }

    /**
     * TW-HTQT (Vụ Hợp tác quốc tế), closed in 03/2025 by V30 without a successor, is given TW-VP (Văn phòng
     * BHXH Việt Nam) from next month: the preview and the decision's page say so, and the two units' pages
     * show each other in their lineage, with the decision.
     */
    @Test
    void aSuccessorRecordedForAClosedUnitIsShownOnThePreviewTheDecisionAndBothUnitsPages() throws Exception {
        long plan = plannedFile("ZQ-35/QĐ", "SUCCEED,TW-HTQT,TW-VP,,,\n");
        String preview = preview(plan);
        assertThat(preview).contains("Ghi nhận đơn vị kế thừa (1)", "TW-HTQT → TW-VP: ghi nhận kế thừa",
                "Vụ Hợp tác quốc tế (đến tháng 02/2025) → Văn phòng BHXH Việt Nam", "Xác nhận áp dụng</button>");

        confirm(plan).andExpect(flash().attribute("flashSuccess", "reorganisation.flash.applied"));

        Long reorganisation = jdbc.queryForObject("SELECT id FROM reorganisation WHERE decision_number = 'ZQ-35/QĐ'", Long.class);
        String decision = html(mvc.perform(get("/admin/reorganisations/" + reorganisation).with(demo.as("admin"))).andExpect(status().isOk()));
        assertThat(decision.substring(decision.indexOf("data-testid=\"decision-lines\"")))
                .contains("Ghi nhận đơn vị kế thừa", "TW-HTQT", "Vụ Hợp tác quốc tế", "TW-VP", "Văn phòng BHXH Việt Nam");
        Long htqt = jdbc.queryForObject("SELECT id FROM unit WHERE code = 'TW-HTQT'", Long.class);
        Long vp = jdbc.queryForObject("SELECT id FROM unit WHERE code = 'TW-VP'", Long.class);
        String closed = html(mvc.perform(get("/admin/units/" + htqt).with(demo.as("admin"))).andExpect(status().isOk()));
        assertThat(closed.substring(closed.indexOf("data-testid=\"unit-successors\"")))
                .contains("/admin/units/" + vp, "Văn phòng BHXH Việt Nam", "ZQ-35/QĐ");
        String successor = html(mvc.perform(get("/admin/units/" + vp).with(demo.as("admin"))).andExpect(status().isOk()));
        assertThat(successor.substring(successor.indexOf("data-testid=\"unit-predecessors\"")))
                .contains("/admin/units/" + htqt, "Vụ Hợp tác quốc tế", "ZQ-35/QĐ");
    }

    @Test
    void aSecondConfirmationWritesNothingMore() throws Exception {
        long plan = plannedFile("ZQ-32/QĐ", "CLOSE,ZQH21,,,,\n");

        String first = confirm(plan).andReturn().getResponse().getRedirectedUrl();
        confirm(plan).andExpect(redirectedUrl(first)).andExpect(flash().attribute("flashSuccess", "reorganisation.flash.alreadyApplied"));

        assertThat(jdbc.queryForObject("SELECT count(*) FROM reorganisation WHERE decision_number = 'ZQ-32/QĐ'", Integer.class)).isOne();
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM audit_event WHERE action = 'REORGANISATION_APPLIED' AND target_id = ?""", Integer.class,
                Long.valueOf(first.substring(first.lastIndexOf('/') + 1)))).isOne();
    }

    @Test
    void aConfirmationOfAnEarlierPreviewIsSentBackToThePreview() throws Exception {
        long plan = plannedFile("ZQ-33/QĐ", "CLOSE,ZQH21,,,,\n");
        long previewed = plans.get(plan, admin).version();
        upload(plan, "ke-hoach.csv", HEADER + "CLOSE,ZQH13,,,,\n");

        mvc.perform(post(PLANS + "/" + plan + "/apply").param("version", String.valueOf(previewed)).with(demo.as("admin")).with(csrf()))
                .andExpect(redirectedUrl(PLANS + "/" + plan + "/preview"))
                .andExpect(flash().attribute("flashError", "reorganisation.flash.changedSincePreview"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM reorganisation WHERE decision_number = 'ZQ-33/QĐ'", Integer.class)).isZero();
    }

    @Test
    void aFileRefusedSaysWhyAndLeavesTheLinesAsTheyWere() throws Exception {
        long plan = newPlan();
        upload(plan, "ke-hoach.csv", HEADER + "CLOSE,ZQH21,,,,\n");

        MvcResult refused = upload(plan, "ke-hoach.docx", "không phải kế hoạch")
                .andExpect(flash().attribute("uploadRefused", "reorganisation.file.type")).andReturn();
        // the flash message travels in the session (Spring Session's, in PostgreSQL), named by its cookie
        String page = html(mvc.perform(get(PLANS + "/" + plan).with(demo.as("admin")).cookie(refused.getResponse().getCookie("SESSION"))));
        assertThat(page).contains("Chưa tải lên được tệp:", "chỉ nhận tệp .csv hoặc .xlsx.");
        upload(plan, "ke-hoach.csv", "kind;old\nCLOSE;ZQH13\n").andExpect(flash().attribute("uploadRefused", "reorganisation.file.header"));
        mvc.perform(multipart(PLANS + "/" + plan + "/file").with(demo.as("admin")).with(csrf()))
                .andExpect(flash().attribute("uploadRefused", "reorganisation.file.none"));

        assertThat(plans.get(plan, admin).lines()).extracting(PlanLine::oldCode).containsExactly("ZQH21");
    }

    @Test
    void theDecisionIsRequiredWithADateAndAMonthThatCanBeRead() throws Exception {
        long plan = newPlan();
        String page = html(mvc.perform(post(PLANS + "/" + plan).param("decisionNumber", " ").param("decidedOn", "31/02/2027")
                        .param("effectiveMonth", "2027-01").with(demo.as("admin")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("header", "decisionNumber", "reorganisation.decisionNumber.required"))
                .andExpect(model().attributeHasFieldErrorCode("header", "decidedOn", "reorganisation.decidedOn.malformed"))
                .andExpect(model().attributeHasFieldErrorCode("header", "effectiveMonth", "reorganisation.effectiveMonth.malformed")));
        assertThat(page).contains("Ngày «31/02/2027» không hợp lệ", "Tháng «2027-01» không hợp lệ");
        mvc.perform(post(PLANS + "/" + plan).param("decisionNumber", "ZQ\u0000/QĐ").param("decidedOn", "20/11/2026")
                        .param("effectiveMonth", "01/2027").with(demo.as("admin")).with(csrf()))
                .andExpect(status().isBadRequest());
        mvc.perform(post(PLANS + "/" + plan).param("decisionNumber", "Q".repeat(101)).param("decidedOn", "20/11/2026")
                        .param("effectiveMonth", "01/2027").with(demo.as("admin")).with(csrf()))
                .andExpect(model().attributeHasFieldErrorCode("header", "decisionNumber", "reorganisation.decisionNumber.size"));
        assertThat(plans.get(plan, admin).header()).isEqualTo(PlanHeader.EMPTY);

        mvc.perform(post(PLANS + "/" + plan).param("decisionNumber", " ZQ-34/QĐ ").param("decidedOn", "20/11/2026")
                        .param("effectiveMonth", "1/2027").with(demo.as("admin")).with(csrf()))
                .andExpect(redirectedUrl(PLANS + "/" + plan));
        assertThat(plans.get(plan, admin).header())
                .isEqualTo(new PlanHeader("ZQ-34/QĐ", LocalDate.of(2026, 11, 20), YearMonth.of(2027, 1)));
    }

    @Test
    void aLineIsAddedByTheFormAndRemoved() throws Exception {
        long plan = newPlan();
        mvc.perform(post(PLANS + "/" + plan + "/lines").param("kind", "RENAME").param("oldCode", "zqh11")
                        .param("newName", "BHXH cơ sở Một Một").param("level", "").with(demo.as("admin")).with(csrf()))
                .andExpect(redirectedUrl(PLANS + "/" + plan));
        mvc.perform(post(PLANS + "/" + plan + "/lines").param("kind", "").with(demo.as("admin")).with(csrf()))
                .andExpect(model().attributeHasFieldErrorCode("line", "kind", "reorganisation.line.kind.required"));
        assertThat(plans.get(plan, admin).lines()).extracting(PlanLine::kind, PlanLine::oldCode, PlanLine::newName)
                .containsExactly(tuple("RENAME", "ZQH11", "BHXH cơ sở Một Một"));

        mvc.perform(post(PLANS + "/" + plan + "/lines/1/remove").with(demo.as("admin")).with(csrf()))
                .andExpect(flash().attribute("flashSuccess", "reorganisation.flash.lineRemoved"));
        assertThat(plans.get(plan, admin).lines()).isEmpty();
    }

    /** A sample decision (the demo's) is labelled as one in the list and on its page. */
    @Test
    void aSampleDecisionIsLabelledAsASample() throws Exception {
        Long sample = jdbc.queryForObject("""
                INSERT INTO reorganisation (decision_number, decided_on, effective_month, source, applied_at)
                VALUES ('ZQ-MẪU/QĐ', DATE '2026-11-20', DATE '2099-01-01', 'SAMPLE', ?) RETURNING id""", Long.class,
                Timestamp.from(clock.instant()));

        String list = html(mvc.perform(get("/admin/reorganisations").with(demo.as("admin"))));
        assertThat(list).containsPattern(">ZQ-MẪU/QĐ</a>\\s*<span class=\"badge text-bg-warning\">Mẫu</span>")
                .contains("Dữ liệu mẫu (demo)");
        assertThat(html(mvc.perform(get("/admin/reorganisations/" + sample).with(demo.as("admin")))))
                .contains("Đây là quyết định mẫu do chế độ demo áp dụng");
        mvc.perform(get("/admin/reorganisations/999999999").with(demo.as("admin"))).andExpect(status().isNotFound());
    }

    @Test
    void aPlanIsDiscarded() throws Exception {
        long plan = newPlan();
        mvc.perform(post(PLANS + "/" + plan + "/discard").with(demo.as("admin")).with(csrf()))
                .andExpect(redirectedUrl("/admin/reorganisations"));
        mvc.perform(get(PLANS + "/" + plan).with(demo.as("admin"))).andExpect(status().isNotFound());
    }

    private long newPlan() throws Exception {
        String location = mvc.perform(post(PLANS).with(demo.as("admin")).with(csrf()))
                .andExpect(redirectedUrlPattern(PLANS + "/*")).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    /** A new plan of the administrator's for next month, numbered so, its lines uploaded as a CSV after the header row. */
    private long plannedFile(String number, String lines) throws Exception {
        long plan = newPlan();
        header(plan, number);
        upload(plan, "ke-hoach.csv", HEADER + lines);
        return plan;
    }

    /** The plan's preview page, as the administrator sees it. */
    private String preview(long plan) throws Exception {
        return html(mvc.perform(get(PLANS + "/" + plan + "/preview").with(demo.as("admin"))).andExpect(status().isOk()));
    }

    private void header(long plan, String number) throws Exception {
        mvc.perform(post(PLANS + "/" + plan).param("decisionNumber", number).param("decidedOn", "20/11/2026")
                        .param("effectiveMonth", PlanProblem.month(month)).with(demo.as("admin")).with(csrf()))
                .andExpect(redirectedUrl(PLANS + "/" + plan));
    }

    private ResultActions upload(long plan, String name, String content) throws Exception {
        return mvc.perform(multipart(PLANS + "/" + plan + "/file")
                        .file(new MockMultipartFile("file", name, "text/csv", content.getBytes(StandardCharsets.UTF_8)))
                        .with(demo.as("admin")).with(csrf()))
                .andExpect(redirectedUrl(PLANS + "/" + plan));
    }

    private ResultActions confirm(long plan) throws Exception {
        long version = plans.get(plan, admin).version();
        return mvc.perform(post(PLANS + "/" + plan + "/apply").param("version", String.valueOf(version))
                .with(demo.as("admin")).with(csrf()));
    }
}
