package vn.bhxh.tracker.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.instanceOf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;
import static vn.bhxh.tracker.support.Pages.html;

import java.net.URI;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.bhxh.tracker.account.Position;
import vn.bhxh.tracker.account.StoredAccounts;
import vn.bhxh.tracker.checklist.ChecklistService;
import vn.bhxh.tracker.reporting.SelfAssessmentState;
import vn.bhxh.tracker.support.DemoUsers;
import vn.bhxh.tracker.support.IntegrationTest;
import vn.bhxh.tracker.support.SelfAssessmentSteps;
import vn.bhxh.tracker.support.TestAccounts;
import vn.bhxh.tracker.unit.UnitDirectory;

/**
 * Text with a NUL or another control character, in every form and parameter: refused with 400 and
 * the field's message, never the 409 page; forms come back with what was typed and save nothing;
 * searches and filters get the 400 page. Tab and line breaks stay in text of several lines. The
 * reports are those of a unit no other test uses (BHXH huyện Hải Hà), each in a month of its own.
 */
@IntegrationTest
class BadTextTest {

    private static final String LEADER = "vanban.haiha";
    private static final AtomicInteger NEXT_MONTH = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    SelfAssessmentSteps steps;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    StoredAccounts accounts;

    @Autowired
    UnitDirectory units;

    @Autowired
    ChecklistService checklist;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void leaderOfHaiHa() {
        testAccounts.ensureLeader(LEADER, "Lãnh đạo BHXH huyện Hải Hà", "H201", Position.HEAD);
    }

    // ---- forms: shown again with what was typed, the field's message and 400 ----

    @Test
    void aNulInADraftIsRefusedBesideItsFieldWithEverythingTypedKeptAndNothingSaved() throws Exception {
        long id = startReport();
        long version = steps.version(id);
        String typed = "Đã niêm yết\u0000 thủ tục";

        String page = html(mvc.perform(steps.edit(LEADER, id, "save", Map.of("duties[0].whatWasDone", typed,
                        "duties[1].whatWasDone", "Phần khác cũng được giữ lại")))
                .andExpect(status().isBadRequest())
                .andExpect(view().name("reporting/edit"))
                .andExpect(model().attributeHasFieldErrorCode("form", "duties[0].whatWasDone", "text.controlCharacter")));

        assertThat(page).contains(typed, "Phần khác cũng được giữ lại",
                "Có ký tự điều khiển hoặc ký tự không hợp lệ (mã U+0000, ở vị trí thứ 12)");
        assertThat(steps.version(id)).isEqualTo(version);
    }

    @ParameterizedTest(name = "{0} in a draft is refused")
    @ValueSource(strings = {"\u0001", "\u0008", "\u000B", "\u000C", "\u001B", "\u007F", "\u0085", "\u009F",
            "\uD800", "\uDC00", "\uFFFE", "\uFDD0"})
    void otherControlCharactersLoneSurrogatesAndNoncharactersAreRefusedInEveryTextOfADraft(String character) throws Exception {
        long id = startReport();
        String field = "duties[2].remedy";
        mvc.perform(steps.edit(LEADER, id, "save", Map.of(field, "Khắc phục" + character)))
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeHasFieldErrorCode("form", field, "text.controlCharacter"));
        String figure = "duties[0].values[" + indicatorId() + "]";
        mvc.perform(steps.edit(LEADER, id, "save", Map.of(figure, "1" + character)))
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeHasFieldErrorCode("form", figure, "text.controlCharacter"));
    }

    @Test
    void tabsAndLineBreaksStayInTheExplanationsOfADuty() throws Exception {
        long id = startReport();
        String typed = "Dòng một\r\nDòng hai\tcột hai\nDòng ba";

        mvc.perform(steps.edit(LEADER, id, "save", Map.of("duties[0].whatWasDone", typed, "duties[0].remedy", "Bước 1\n\tBước 1a")))
                .andExpect(redirectedUrl("/reports/" + id + "/edit"));

        assertThat(jdbc.queryForMap("SELECT what_was_done, remedy FROM duty_report WHERE self_assessment_id = ? AND duty_id = ?",
                id, steps.dutyId(0))).containsEntry("what_was_done", typed).containsEntry("remedy", "Bước 1\n\tBước 1a");
    }

    @Test
    void aFigureWithALineBreakIsRefusedAsOneLineText() throws Exception {
        long id = startReport();
        String field = "duties[0].values[" + indicatorId() + "]";
        String page = html(mvc.perform(steps.edit(LEADER, id, "save", Map.of(field, "1\n2")))
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeHasFieldErrorCode("form", field, "text.lineBreak")));
        assertThat(page).contains("Ô này chỉ nhận một dòng");
    }

    @Test
    void aControlCharacterInASubmissionIsReportedOnceBesideItsFieldNotAsMissing() throws Exception {
        long id = startReport();
        Map<String, String> form = new LinkedHashMap<>(steps.completeForm(id, LEADER));
        form.put("duties[3].whatWasDone", "Đã kiểm tra\u0007");

        steps.send(LEADER, id, form, "submit")
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeHasFieldErrorCode("form", "duties[3].whatWasDone", "text.controlCharacter"))
                .andExpect(model().attributeErrorCount("form", 1));
        assertThat(steps.state(id)).isEqualTo(SelfAssessmentState.DRAFT);
    }

    @Test
    void aNulInAReviewCommentIsRefusedWithTheCommentsAndNoteKept() throws Exception {
        long id = submittedReport();
        String comment = "comments[" + steps.dutyId(2) + "]";

        String page = html(mvc.perform(steps.decision(id, "return", Map.of(comment, "Bổ sung\u0000 số liệu", "note", "Xem lại mục 2c")))
                .andExpect(status().isBadRequest())
                .andExpect(view().name("review/decide"))
                .andExpect(model().attributeHasFieldErrorCode("review", comment, "text.controlCharacter")));

        assertThat(page).contains("Bổ sung\u0000 số liệu", "Xem lại mục 2c", "mã U+0000, ở vị trí thứ 8");
        assertThat(steps.state(id)).isEqualTo(SelfAssessmentState.SUBMITTED);
    }

    @Test
    void aReviewNoteAndCommentOfSeveralLinesAreKeptAsWritten() throws Exception {
        long id = submittedReport();
        mvc.perform(steps.decision(id, "return", Map.of("comments[" + steps.dutyId(1) + "]", "Thiếu:\n- biên bản\n- danh sách",
                        "note", "Xem lại\r\nmục 2b")))
                .andExpect(redirectedUrl("/review"));
        assertThat(jdbc.queryForObject("""
                SELECT c.comment FROM review_comment c JOIN review_decision d ON d.id = c.review_decision_id
                JOIN submission s ON s.id = d.submission_id WHERE s.self_assessment_id = ?""", String.class, id))
                .isEqualTo("Thiếu:\n- biên bản\n- danh sách");
        assertThat(steps.state(id)).isEqualTo(SelfAssessmentState.RETURNED);
    }

    @Test
    void aNulInTheReasonToReopenShowsTheReportAgainWithTheReasonAndWhy() throws Exception {
        long id = submittedReport();
        mvc.perform(steps.decision(id, "accept", Map.of())).andExpect(redirectedUrl("/review"));

        String page = html(mvc.perform(post("/review/{id}/reopen", id).with(demo.as("tccb")).with(csrf())
                        .param("version", String.valueOf(steps.version(id))).param("reason", "Số liệu\u0000 sai"))
                .andExpect(status().isBadRequest())
                .andExpect(view().name("reporting/report")));

        assertThat(page).contains("Số liệu\u0000 sai", "mã U+0000, ở vị trí thứ 8");
        assertThat(steps.state(id)).isEqualTo(SelfAssessmentState.ACCEPTED);
    }

    @Test
    void aControlCharacterInTheUserFormIsRefusedBesideItsFieldWithTheFormKept() throws Exception {
        String username = "vanban.user" + NEXT_MONTH.incrementAndGet();
        String page = html(mvc.perform(userForm(username, "fullName", "Nguyễn\u0000 Văn Bình"))
                .andExpect(status().isBadRequest())
                .andExpect(view().name("account/userForm"))
                .andExpect(model().attributeHasFieldErrorCode("user", "fullName", "text.controlCharacter"))
                .andExpect(model().attributeErrorCount("user", 1)));
        assertThat(page).contains("value=\"Nguyễn\u0000 Văn Bình\"", "value=\"" + username + "\"", "mã U+0000");

        mvc.perform(userForm(username, "email", "binh@example.invalid\t"))
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeHasFieldErrorCode("user", "email", "text.lineBreak"));
        assertThat(accounts.findByUsernameIgnoreCase(username)).isEmpty();
    }

    @Test
    void aControlCharacterInTheReminderFormAnswersThe400PageNamingIt() throws Exception {
        mvc.perform(post("/reminders/preview").with(demo.as("tccb")).with(csrf())
                        .param("month", "2026-1\u00001").param("unit", "1"))
                .andExpect(status().isBadRequest())
                .andExpect(view().name("error/400"))
                .andExpect(model().attribute(PlainText.REFUSAL_ATTRIBUTE, new PlainText.Fault("U+0000", 7, false)));
    }

    // ---- addresses: searches, filters and paths get the 400 page ----

    @ParameterizedTest(name = "{1} as {0}")
    @CsvSource({
            "admin, /admin/units?q=ba%00dinh",
            "admin, /admin/units?q=ba+dinh&level=PROVINCE%01",
            "admin, /admin/users?q=%1B",
            "tccb, /review?month=2026-11%00",
            "tccb, /review?state=SUBMITTED%7F&level=DISTRICT",
            "tccb, /dashboard?month=%00",
            "tccb, /dashboard/units?month=2026-10&figure=LATE%C2%85",
            "tccb, /dashboard/year?month=2026-10%0A",
            "tccb, /reminders?month=2026-11%0D",
            "hanoi, /province/reports?month=%0B",
            "badinh, /my-unit/reports/2026-1%001",
            "badinh, /reports/1%00/edit"})
    void aControlCharacterInAnAddressAnswersThe400PageNeverTheConflictPage(String user, String address) throws Exception {
        mvc.perform(get(URI.create(address)).with(demo.as(user)))
                .andExpect(status().isBadRequest())
                .andExpect(request().attribute(PlainText.REFUSAL_ATTRIBUTE, instanceOf(PlainText.Fault.class)));
    }

    @Test
    void aSearchWithoutControlCharactersStillWorks() throws Exception {
        mvc.perform(get(URI.create("/admin/units?q=ba%20%C4%91%C3%ACnh")).with(demo.as("admin")))
                .andExpect(status().isOk())
                .andExpect(model().attribute("q", "ba đình"));
    }

    // ---- sign-in ----

    @Test
    void aUserNameWithANulSignsNobodyInAndShowsTheUsualMessage() throws Exception {
        mvc.perform(formLogin("/login").user("bad\u0000inh").password(DemoUsers.PASSWORD))
                .andExpect(redirectedUrl("/login?error"));
    }

    // ---- helpers ----

    /** A fresh past month, opened, with Hải Hà's report started; returns the report's id. */
    private long startReport() throws Exception {
        return steps.start(LEADER, YearMonth.of(2023, 6).plusMonths(NEXT_MONTH.getAndIncrement()));
    }

    private long submittedReport() throws Exception {
        long id = startReport();
        steps.submit(id, LEADER, LEADER);
        return id;
    }

    private MockHttpServletRequestBuilder userForm(String username, String field, String value) {
        Map<String, String> fields = TestAccounts.newUserForm(username, units.refByCode("H201").orElseThrow().id());
        fields.put(field, value);
        return post("/admin/users").with(demo.as("admin")).with(csrf()).params(SelfAssessmentSteps.toParams(fields));
    }

    /** The first indicator of duty 2a, a count. */
    private Long indicatorId() {
        return checklist.versionInForce(YearMonth.of(2025, 1)).orElseThrow().getDuties().get(0).getIndicators().get(0).getId();
    }
}
