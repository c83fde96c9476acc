package vn.bhxh.tracker.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.bhxh.tracker.account.Position;
import vn.bhxh.tracker.reporting.ReviewRecords.DecisionView;
import vn.bhxh.tracker.reporting.SelfAssessments;
import vn.bhxh.tracker.reporting.StoredSelfAssessments;
import vn.bhxh.tracker.support.DemoUsers;
import vn.bhxh.tracker.support.IntegrationTest;
import vn.bhxh.tracker.support.SelfAssessmentSteps;
import vn.bhxh.tracker.support.TestAccounts;

/**
 * A reviewer's decisions, through the review pages and as kept: each names its submission and its
 * reviewer by id, and the report's history reads their numbers and names from the modules that own
 * them. The reports are those of a unit no other test uses (BHXH huyện Vân Đồn), each in a month of
 * its own.
 */
@IntegrationTest
class ReviewDecisionsTest {

    private static final String LEADER = "lanhdao.vandon";
    private static final String REVIEWER_NAME = "Nguyễn Thị Thu Hà";
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
    StoredSelfAssessments stored;

    @Autowired
    ReviewService reviews;

    @BeforeEach
    void leaderOfVanDon() {
        testAccounts.ensureLeader(LEADER, "Lãnh đạo BHXH huyện Vân Đồn", "H203", Position.HEAD);
    }

    @Test
    void theHistoryNamesEachDecisionsSubmissionAndReviewerNewestFirst() throws Exception {
        long id = submittedReport();
        Long duty2b = steps.dutyId(1);
        mvc.perform(decision(id, "return", Map.of("note", "Bổ sung số liệu", "comments[" + duty2b + "]", "Nêu rõ số vụ việc")))
                .andExpect(redirectedUrl("/review"));
        steps.submit(id, LEADER, LEADER);
        mvc.perform(decision(id, "accept", Map.of())).andExpect(redirectedUrl("/review"));

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

    private long version(long id) {
        return stored.findById(id).orElseThrow().getVersion();
    }

    private MockHttpServletRequestBuilder decision(long id, String decision, Map<String, String> fields) {
        MockHttpServletRequestBuilder request = post("/review/{id}", id).with(demo.as("tccb")).with(csrf())
                .param("version", String.valueOf(version(id)))
                .param("decision", decision);
        fields.forEach(request::param);
        return request;
    }
}
