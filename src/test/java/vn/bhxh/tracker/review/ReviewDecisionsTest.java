package vn.bhxh.tracker.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.validation.ConstraintViolationException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMap;

import vn.bhxh.tracker.account.CurrentUser;
import vn.bhxh.tracker.account.Position;
import vn.bhxh.tracker.account.Role;
import vn.bhxh.tracker.reporting.ReviewRecords.DecisionView;
import vn.bhxh.tracker.reporting.SelfAssessmentState;
import vn.bhxh.tracker.reporting.SelfAssessments;
import vn.bhxh.tracker.support.AtOnce;
import vn.bhxh.tracker.support.DemoUsers;
import vn.bhxh.tracker.support.IntegrationTest;
import vn.bhxh.tracker.support.Pages;
import vn.bhxh.tracker.support.SelfAssessmentSteps;
import vn.bhxh.tracker.support.TestAccounts;
import vn.bhxh.tracker.system.RejectedInputException;
import vn.bhxh.tracker.system.TextLimits;

/**
 * A reviewer's decisions, through the review pages and as kept. What the reviewer types is checked by
 * the forms' constraints and shown with the same messages a service gives (a note, a comment or a
 * reason too long, a return that says nothing, a reopening without a reason), and the service refuses
 * the same forms when a caller skips the page. A decision names its submission and its reviewer by
 * id, and the report's history reads their numbers and names from the modules that own them. The
 * reports are those of a unit no other test uses (BHXH huyện Vân Đồn), each in a month of its own.
 */
@IntegrationTest
class ReviewDecisionsTest {

    private static final String LEADER = "lanhdao.vandon";
    private static final String REVIEWER_NAME = "Nguyễn Thị Thu Hà";
    private static final String SECOND_REVIEWER = "thamdinh.vien2";
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
    SelfAssessments assessments;

    @Autowired
    ReviewService reviews;

    @Autowired
    UserDetailsService users;

    @BeforeEach
    void leaderOfVanDon() {
        testAccounts.ensureLeader(LEADER, "Lãnh đạo BHXH huyện Vân Đồn", "H203", Position.HEAD);
        testAccounts.ensure(SECOND_REVIEWER, "Chuyên viên thẩm định thứ hai", SECOND_REVIEWER + "@example.invalid", "TW-TCCB",
                null, EnumSet.of(Role.REVIEWER));
    }

    @Test
    void twoReviewersDecidingAtTheSameMomentMakeOneDecisionAndTheOtherIsToldTheReportChanged() throws Exception {
        long id = submittedReport();
        // both opened the decision page at the same version
        var accept = steps.decision(id, "accept", Map.of("note", "Chấp nhận cùng lúc"));
        var giveBack = steps.decision(SECOND_REVIEWER, id, "return", Map.of("note", "Trả lại cùng lúc"));

        List<MvcResult> answers = AtOnce.run(List.<Callable<MvcResult>>of(
                () -> mvc.perform(accept).andReturn(), () -> mvc.perform(giveBack).andReturn()));

        boolean acceptWon = "/review".equals(answers.get(0).getResponse().getRedirectedUrl());
        MvcResult winner = answers.get(acceptWon ? 0 : 1);
        MvcResult loser = answers.get(acceptWon ? 1 : 0);
        assertThat(winner.getResponse().getRedirectedUrl()).isEqualTo("/review");
        assertThat(winner.getFlashMap().get("flashSuccess")).isEqualTo(acceptWon ? "review.flash.accepted" : "review.flash.returned");
        assertThat(loser.getResponse().getRedirectedUrl()).isEqualTo("/reports/" + id);
        assertThat(loser.getFlashMap().get("flashError")).isEqualTo("review.flash.changedMeanwhile");
        List<DecisionView> decided = reviews.decisionsOf(id);
        assertThat(decided).singleElement().satisfies(decision -> {
            assertThat(decision.outcome()).isEqualTo(acceptWon ? "ACCEPT" : "RETURN");
            assertThat(decision.decidedBy()).isEqualTo(acceptWon ? REVIEWER_NAME : "Chuyên viên thẩm định thứ hai");
        });
        assertThat(steps.state(id)).isEqualTo(acceptWon ? SelfAssessmentState.ACCEPTED : SelfAssessmentState.RETURNED);
        assertThat(steps.auditActions(id)).containsExactly("CREATED", "SUBMITTED", acceptWon ? "ACCEPTED" : "RETURNED");
    }

    @Test
    void theHistoryNamesEachDecisionsSubmissionAndReviewerNewestFirst() throws Exception {
        long id = submittedReport();
        Long duty2b = steps.dutyId(1);
        mvc.perform(steps.decision(id, "return", Map.of("note", "Bổ sung số liệu", "comments[" + duty2b + "]", "Nêu rõ số vụ việc")))
                .andExpect(redirectedUrl("/review"));
        steps.submit(id, LEADER, LEADER);
        mvc.perform(steps.decision(id, "accept", Map.of())).andExpect(redirectedUrl("/review"));

        List<DecisionView> history = reviews.decisionsOf(id);

        assertThat(history).extracting(DecisionView::submissionNumber, DecisionView::outcome, DecisionView::decidedBy)
                .containsExactly(tuple(2, "ACCEPT", REVIEWER_NAME),
                        tuple(1, "RETURN", REVIEWER_NAME));
        assertThat(history.get(1).note()).isEqualTo("Bổ sung số liệu");
        assertThat(history.get(1).commentsByDuty()).containsExactly(Map.entry(duty2b, "Nêu rõ số vụ việc"));
        assertThat(history.get(0).commentsByDuty()).isEmpty();
    }

    @Test
    void aReportNeverSubmittedHasNoDecisions() throws Exception {
        long id = steps.start(LEADER, nextMonth());
        assertThat(assessments.submissionNumbersOf(id)).isEmpty();
        assertThat(reviews.decisionsOf(id)).isEmpty();
    }

    // ---- what the reviewer types ----

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"accept", "return"})
    void aNoteOfMoreThanTenThousandCharactersIsRefusedBesideItAndNothingIsDecided(String decision) throws Exception {
        long id = submittedReport();
        String tooLong = "x".repeat(TextLimits.MAX_TEXT + 1);

        String page = Pages.html(mvc.perform(steps.decision(id, decision, Map.of("note", tooLong)))
                .andExpect(status().isOk())
                .andExpect(view().name("review/decide"))
                .andExpect(model().attributeHasFieldErrorCode("review", "note", "text.tooLong")));

        assertThat(page).contains("Nội dung không quá 10.000 ký tự.", "is-invalid");
        assertThat(steps.state(id)).isEqualTo(SelfAssessmentState.SUBMITTED);
    }

    @Test
    void aNoteOfExactlyTenThousandCharactersIsKept() throws Exception {
        long id = submittedReport();
        mvc.perform(steps.decision(id, "accept", Map.of("note", "x".repeat(TextLimits.MAX_TEXT))))
                .andExpect(redirectedUrl("/review"));
        assertThat(steps.state(id)).isEqualTo(SelfAssessmentState.ACCEPTED);
    }

    @Test
    void aCommentTooLongIsRefusedBesideItsDutyInTheReadersLanguage() throws Exception {
        long id = submittedReport();
        String comment = "comments[" + steps.dutyId(2) + "]";

        String page = Pages.html(mvc.perform(steps.decision(id, "return", Map.of(comment, "y".repeat(TextLimits.MAX_TEXT + 1)))
                        .param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("review", comment, "text.tooLong"))
                .andExpect(model().attributeErrorCount("review", 1)));

        assertThat(page).contains("At most 10,000 characters.");
        assertThat(steps.state(id)).isEqualTo(SelfAssessmentState.SUBMITTED);
    }

    @Test
    void aReturnWhoseOnlyCommentsAreBlankSaysNothingAndIsRefused() throws Exception {
        long id = submittedReport();
        String page = Pages.html(mvc.perform(steps.decision(id, "return", Map.of("comments[" + steps.dutyId(0) + "]", "   ", "note", " ")))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("review", "note", "review.return.commentRequired")));
        assertThat(page).contains("Khi trả lại, vui lòng ghi ý kiến chung hoặc ý kiến về ít nhất một nhiệm vụ.");
        assertThat(steps.state(id)).isEqualTo(SelfAssessmentState.SUBMITTED);
    }

    @Test
    void aDecisionWithoutAButtonOrWithAnUnknownOneIsABadRequest() throws Exception {
        long id = submittedReport();
        mvc.perform(post("/review/{id}", id).with(demo.as("tccb")).with(csrf()).param("version", String.valueOf(steps.version(id))))
                .andExpect(status().isBadRequest());
        mvc.perform(steps.decision(id, "ACCEPT", Map.of())).andExpect(status().isBadRequest());
        assertThat(steps.state(id)).isEqualTo(SelfAssessmentState.SUBMITTED);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "   ", "\n\t"})
    void reopeningWithoutAReasonShowsTheReportWithWhyAndChangesNothing(String reason) throws Exception {
        long id = acceptedReport();

        FlashMap flash = mvc.perform(reopen(id, reason))
                .andExpect(redirectedUrl("/reports/" + id))
                .andExpect(flash().attribute("flashError", "review.reopen.reasonRequired"))
                .andExpect(flash().attribute("reopenReason", reason))
                .andReturn().getFlashMap();

        assertThat(reportAfterRedirect(id, flash)).contains("Vui lòng nêu lý do mở lại báo cáo.");
        assertThat(steps.state(id)).isEqualTo(SelfAssessmentState.ACCEPTED);
    }

    @Test
    void reopeningWithAReasonTooLongShowsTheReportWithTheLimitAndTheReasonKept() throws Exception {
        long id = acceptedReport();
        String tooLong = "z".repeat(TextLimits.MAX_TEXT + 1);

        FlashMap flash = mvc.perform(reopen(id, tooLong))
                .andExpect(flash().attribute("flashError", "text.tooLong"))
                .andExpect(flash().attribute("flashArgument", TextLimits.MAX_TEXT))
                .andReturn().getFlashMap();

        assertThat(reportAfterRedirect(id, flash)).contains("Nội dung không quá 10.000 ký tự.", tooLong);
        assertThat(steps.state(id)).isEqualTo(SelfAssessmentState.ACCEPTED);
    }

    // ---- the service, called without the page ----

    @Test
    void theServiceRefusesANoteTooLongAndAReturnThatSaysNothingAndDecidesNothing() throws Exception {
        long id = submittedReport();
        CurrentUser reviewer = (CurrentUser) users.loadUserByUsername("tccb");
        ReviewForm tooLong = form(id);
        tooLong.setNote("x".repeat(TextLimits.MAX_TEXT + 1));
        ReviewForm saysNothing = form(id);
        saysNothing.getComments().put(steps.dutyId(0), " ");

        assertThatThrownBy(() -> reviews.accept(reviewer, id, tooLong)).isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> reviews.returnForRevision(reviewer, id, saysNothing))
                .isInstanceOfSatisfying(RejectedInputException.class, refused -> assertThat(refused.reasons())
                        .containsExactly(new RejectedInputException.Reason("note", "review.return.commentRequired")));
        assertThat(steps.state(id)).isEqualTo(SelfAssessmentState.SUBMITTED);
        assertThat(reviews.decisionsOf(id)).isEmpty();
    }

    @Test
    void theServiceRefusesToReopenWithoutAReason() throws Exception {
        long id = acceptedReport();
        CurrentUser reviewer = (CurrentUser) users.loadUserByUsername("tccb");
        ReopenForm blank = new ReopenForm();
        blank.setVersion(steps.version(id));
        blank.setReason(" ");

        assertThatThrownBy(() -> reviews.reopen(reviewer, id, blank)).isInstanceOf(ConstraintViolationException.class);
        assertThat(steps.state(id)).isEqualTo(SelfAssessmentState.ACCEPTED);
    }

    // ---- helpers ----

    private static YearMonth nextMonth() {
        return YearMonth.of(2023, 6).plusMonths(NEXT_MONTH.getAndIncrement());
    }

    /** A fresh past month, opened, with Vân Đồn's report started and submitted; returns the report's id. */
    private long submittedReport() throws Exception {
        long id = steps.start(LEADER, nextMonth());
        steps.submit(id, LEADER, LEADER);
        return id;
    }

    private long acceptedReport() throws Exception {
        long id = submittedReport();
        mvc.perform(steps.decision(id, "accept", Map.of())).andExpect(redirectedUrl("/review"));
        return id;
    }

    private ReviewForm form(long id) {
        ReviewForm form = new ReviewForm();
        form.setVersion(steps.version(id));
        return form;
    }

    private MockHttpServletRequestBuilder reopen(long id, String reason) {
        return post("/review/{id}/reopen", id).with(demo.as("tccb")).with(csrf())
                .param("version", String.valueOf(steps.version(id))).param("reason", reason);
    }

    /** The report page the redirect leads to, with what the redirect carried (as the session would hand it over). */
    private String reportAfterRedirect(long id, FlashMap flash) throws Exception {
        return Pages.html(mvc.perform(get("/reports/{id}", id).with(demo.as("tccb"))
                .requestAttr(DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE, flash)));
    }
}
