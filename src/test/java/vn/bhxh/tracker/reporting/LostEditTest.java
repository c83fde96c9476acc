package vn.bhxh.tracker.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.bhxh.tracker.support.Pages.html;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import vn.bhxh.tracker.account.Position;
import vn.bhxh.tracker.support.AtOnce;
import vn.bhxh.tracker.support.DemoUsers;
import vn.bhxh.tracker.support.IntegrationTest;
import vn.bhxh.tracker.support.SelfAssessmentSteps;
import vn.bhxh.tracker.support.TestAccounts;
import vn.bhxh.tracker.support.TestClock;

/**
 * The head and the deputy of one unit editing the same report: whoever loses a race (a colleague
 * submitted, or saved, since their form was opened) is told who and when, and keeps what they typed
 * beside what the report now says. BHXH huyện Sóc Sơn (H016) reports here, on months from 06/2023.
 */
@IntegrationTest
class LostEditTest {

    private static final AtomicInteger NEXT_MONTH = new AtomicInteger();
    private static final String HEAD = "socson";
    private static final String DEPUTY = "socson.pho";
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    SelfAssessmentSteps steps;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void leaders() {
        testAccounts.ensureLeader(HEAD, "Trưởng BHXH Sóc Sơn", "H016", Position.HEAD);
        testAccounts.ensureLeader(DEPUTY, "Phó BHXH Sóc Sơn", "H016", Position.DEPUTY);
    }

    @Test
    void theLeaderWhoSubmitsSecondIsToldWhoSubmittedWhenAndKeepsTheirTextBesideTheSubmittedOne() throws Exception {
        long id = startReport();
        Map<String, String> byHead = form(id, "Bản người đứng đầu nộp");
        Map<String, String> byDeputy = form(id, "Bản cấp phó đang gõ");
        byDeputy.put("duties[1].shortfallReason", "Lý do cấp phó nhập");
        assertThat(byDeputy.get("version")).as("both opened the same version").isEqualTo(byHead.get("version"));

        steps.send(HEAD, id, byHead, "submit").andExpect(redirectedUrl("/reports/" + id));
        String page = html(steps.send(DEPUTY, id, byDeputy, "submit").andExpect(status().isConflict()));

        assertThat(page).contains("Trưởng BHXH Sóc Sơn đã nộp báo cáo lúc " + submittedAt(id) + " (lần nộp 1)",
                "Phần bạn nhập chưa được lưu nhưng không mất", "Bản đã nộp", "Nội dung bạn đã nhập (chưa lưu)",
                "Bản người đứng đầu nộp", "Bản cấp phó đang gõ", "Lý do cấp phó nhập", "Khác bản đã nộp");
        assertThat(page).contains(">Bản cấp phó đang gõ</textarea>");
        assertThat(whatWasDone(id, 0)).isEqualTo("Bản người đứng đầu nộp");
        assertThat(submissions(id)).isEqualTo(1);
        assertThat(steps.auditActions(id)).containsExactly("CREATED", "SUBMITTED");
    }

    @Test
    void aDraftSavedAfterAColleagueSubmittedIsShownBesideTheSubmittedReportNotLost() throws Exception {
        long id = startReport();
        Map<String, String> byDeputy = form(id, "Nháp cấp phó chưa lưu");
        steps.submit(id, HEAD, HEAD);

        String page = html(steps.send(DEPUTY, id, byDeputy, "save").andExpect(status().isConflict()));
        assertThat(page).contains("Trưởng BHXH Sóc Sơn đã nộp báo cáo lúc " + submittedAt(id),
                "Nháp cấp phó chưa lưu", "Kết quả thực hiện nhiệm vụ 2a");
        assertThat(whatWasDone(id, 0)).isEqualTo("Kết quả thực hiện nhiệm vụ 2a");
    }

    @Test
    void twoLeadersSubmittingAtTheSameMomentMakeOneSubmissionAndTheOtherKeepsTheirText() throws Exception {
        long id = startReport();
        Map<String, Map<String, String>> forms = Map.of(HEAD, form(id, "Cùng lúc: người đứng đầu"),
                DEPUTY, form(id, "Cùng lúc: cấp phó"));
        Map<String, MockHttpServletResponse> responses = new java.util.concurrent.ConcurrentHashMap<>();
        AtOnce.run(forms.keySet().stream().<Callable<Object>>map(leader -> () ->
                responses.put(leader, steps.send(leader, id, forms.get(leader), "submit").andReturn().getResponse())).toList());

        String winner = responses.get(HEAD).getStatus() == 302 ? HEAD : DEPUTY;
        String loser = winner.equals(HEAD) ? DEPUTY : HEAD;
        assertThat(responses.get(winner).getRedirectedUrl()).isEqualTo("/reports/" + id);
        assertThat(responses.get(loser).getStatus()).isEqualTo(409);
        String lostPage = HtmlUtils.htmlUnescape(responses.get(loser).getContentAsString(StandardCharsets.UTF_8));
        String winnerName = winner.equals(HEAD) ? "Trưởng BHXH Sóc Sơn" : "Phó BHXH Sóc Sơn";
        assertThat(lostPage).contains(winnerName + " đã nộp báo cáo lúc", forms.get(loser).get("duties[0].whatWasDone"),
                forms.get(winner).get("duties[0].whatWasDone"));
        assertThat(whatWasDone(id, 0)).isEqualTo(forms.get(winner).get("duties[0].whatWasDone"));
        assertThat(submissions(id)).isEqualTo(1);
    }

    @Test
    void theSameSubmissionSentTwiceLosesNothingAndSaysSo() throws Exception {
        long id = startReport();
        Map<String, String> form = form(id, "Gửi hai lần");
        steps.send(HEAD, id, form, "submit").andExpect(redirectedUrl("/reports/" + id));
        steps.send(HEAD, id, form, "submit").andExpect(redirectedUrl("/reports/" + id))
                .andExpect(flash().attribute("flashSuccess", "report.flash.alreadyAsTyped"))
                .andExpect(flash().attribute("flashArgument", "Trưởng BHXH Sóc Sơn"));
        assertThat(submissions(id)).isEqualTo(1);
    }

    @Test
    void theLaterOfTwoSavesShowsTheColleaguesVersionAndKeepsTheTypedTextReadyToSaveOverIt() throws Exception {
        long id = startReport();
        Map<String, String> byHead = form(id, "Bản của người đứng đầu");
        Map<String, String> byDeputy = form(id, "Bản của cấp phó");
        steps.send(HEAD, id, byHead, "save").andExpect(redirectedUrl("/reports/" + id + "/edit"));
        long saved = steps.version(id);
        String savedAt = jdbc.queryForObject("SELECT updated_at FROM self_assessment WHERE id = ?", Timestamp.class, id)
                .toInstant().atZone(TestClock.VIETNAM).format(SHOWN);

        String page = html(steps.send(DEPUTY, id, byDeputy, "save").andExpect(status().isConflict()));
        assertThat(page).contains("Trưởng BHXH Sóc Sơn đã lưu báo cáo lúc " + savedAt + ", sau khi bạn mở trang",
                "Bản Trưởng BHXH Sóc Sơn đã lưu", "Bản của người đứng đầu", ">Bản của cấp phó</textarea>",
                "name=\"version\" value=\"" + saved + "\"");
        assertThat(whatWasDone(id, 0)).isEqualTo("Bản của người đứng đầu");

        byDeputy.put("version", String.valueOf(saved));
        steps.send(DEPUTY, id, byDeputy, "save").andExpect(redirectedUrl("/reports/" + id + "/edit"));
        assertThat(whatWasDone(id, 0)).isEqualTo("Bản của cấp phó");
        assertThat(html(mvc.perform(get("/reports/{id}/edit", id).with(demo.as(HEAD))))).doesNotContain("saved-meanwhile");
    }

    // ---- helpers ----

    private long startReport() throws Exception {
        return steps.start(HEAD, YearMonth.of(2023, 6).plusMonths(NEXT_MONTH.getAndIncrement()));
    }

    /** The whole form as a leader would send it from the page opened now, with their own text for duty 2a. */
    private Map<String, String> form(long id, String whatWasDone2a) {
        Map<String, String> form = steps.completeForm(id, HEAD);
        form.put("duties[0].whatWasDone", whatWasDone2a);
        return form;
    }

    private String submittedAt(long id) {
        return jdbc.queryForObject("SELECT submitted_at FROM submission WHERE self_assessment_id = ? AND number = 1",
                Timestamp.class, id).toInstant().atZone(TestClock.VIETNAM).format(SHOWN);
    }

    private String whatWasDone(long id, int position) {
        return jdbc.queryForObject("""
                SELECT r.what_was_done FROM duty_report r WHERE r.self_assessment_id = ? AND r.duty_id = ?""",
                String.class, id, steps.dutyId(position));
    }

    private int submissions(long id) {
        return jdbc.queryForObject("SELECT count(*) FROM submission WHERE self_assessment_id = ?", Integer.class, id);
    }
}
