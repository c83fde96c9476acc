package vn.bhxh.tracker.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import vn.bhxh.tracker.account.StoredAccounts;
import vn.bhxh.tracker.checklist.ChecklistService;
import vn.bhxh.tracker.checklist.Duty;
import vn.bhxh.tracker.checklist.Indicator;
import vn.bhxh.tracker.reporting.ReportingPeriods;
import vn.bhxh.tracker.reporting.SelfAssessmentState;
import vn.bhxh.tracker.reporting.StoredSelfAssessments;

/**
 * What unit leaders and Vụ TCCB do in the monthly cycle, through its pages, for tests that need a
 * report in some state, and what those tests read back of it. Not a component: only
 * {@link IntegrationTest} imports it, where MockMvc exists.
 */
public class SelfAssessmentSteps {

    private final MockMvc mvc;
    private final DemoUsers demo;
    private final ReportingPeriods periods;
    private final ChecklistService checklist;
    private final StoredSelfAssessments assessments;
    private final StoredAccounts accounts;
    private final JdbcTemplate jdbc;

    SelfAssessmentSteps(MockMvc mvc, DemoUsers demo, ReportingPeriods periods, ChecklistService checklist,
                StoredSelfAssessments assessments, StoredAccounts accounts, JdbcTemplate jdbc) {
        this.mvc = mvc;
        this.demo = demo;
        this.periods = periods;
        this.checklist = checklist;
        this.assessments = assessments;
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    /** Opens the month if needed and starts the leader's unit's report for it; returns the report's id. */
    public long start(String leader, YearMonth month) throws Exception {
        periods.open(month);
        mvc.perform(post("/my-unit/reports/{month}", month).with(demo.as(leader)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        Long unitId = accounts.findByUsernameIgnoreCase(leader).orElseThrow().getUnitId();
        return assessments.findByUnitAndPeriod(unitId, periods.get(month).id()).orElseThrow().getId();
    }

    /** Submits the report complete: every duty done, answered by {@code answerableLeader}. */
    public void submit(long id, String leader, String answerableLeader) throws Exception {
        send(leader, id, completeForm(id, answerableLeader), "submit").andExpect(redirectedUrl("/reports/" + id));
    }

    /** Sends a whole form from the report's edit page as {@code leader}: {@code action} is "save" or "submit". */
    public ResultActions send(String leader, long id, Map<String, String> form, String action) throws Exception {
        return mvc.perform(post("/reports/{id}/edit", id).with(demo.as(leader)).with(csrf())
                .params(toParams(form)).param("action", action));
    }

    /**
     * The edit page's form as {@code leader} sends it with only the given fields filled: the report's
     * current version and every duty's id come along; {@code action} is "save" or "submit".
     */
    public MockHttpServletRequestBuilder edit(String leader, long id, String action, Map<String, String> fields) {
        MockHttpServletRequestBuilder request = post("/reports/{id}/edit", id).with(demo.as(leader)).with(csrf())
                .param("version", String.valueOf(version(id)))
                .param("action", action);
        List<Duty> duties = duties();
        for (int i = 0; i < duties.size(); i++) {
            request.param("duties[" + i + "].dutyId", String.valueOf(duties.get(i).getId()));
        }
        fields.forEach(request::param);
        return request;
    }

    /** Vụ TCCB's decision ("accept" or "return") on the report's current version, with the given fields (comments, note). */
    public MockHttpServletRequestBuilder decision(long id, String decision, Map<String, String> fields) {
        return decision("tccb", id, decision, fields);
    }

    /** A reviewer's decision ("accept" or "return") on the report's current version, with the given fields. */
    public MockHttpServletRequestBuilder decision(String reviewer, long id, String decision, Map<String, String> fields) {
        MockHttpServletRequestBuilder request = post("/review/{id}", id).with(demo.as(reviewer)).with(csrf())
                .param("version", String.valueOf(version(id)))
                .param("decision", decision);
        fields.forEach(request::param);
        return request;
    }

    /** Every duty done, with text, the given leader answerable and every figure 1. */
    public Map<String, String> completeForm(long id, String answerableLeader) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("version", String.valueOf(version(id)));
        Long leaderId = accounts.findByUsernameIgnoreCase(answerableLeader).orElseThrow().getId();
        List<Duty> duties = duties();
        for (int i = 0; i < duties.size(); i++) {
            Duty duty = duties.get(i);
            form.put("duties[" + i + "].dutyId", String.valueOf(duty.getId()));
            form.put("duties[" + i + "].status", "DONE");
            form.put("duties[" + i + "].whatWasDone", "Kết quả thực hiện nhiệm vụ " + duty.getCode());
            form.put("duties[" + i + "].responsibleLeaderId", String.valueOf(leaderId));
            for (Indicator indicator : duty.getIndicators()) {
                form.put("duties[" + i + "].values[" + indicator.getId() + "]", "1");
            }
        }
        return form;
    }

    /** The id of a duty of the 2021 checklist, by its position (0 for 2a). */
    public Long dutyId(int position) {
        return duties().get(position).getId();
    }

    /** The report's version as stored now (what a form opened now carries). */
    public long version(long id) {
        return assessments.findById(id).orElseThrow().getVersion();
    }

    public SelfAssessmentState state(long id) {
        return assessments.findById(id).orElseThrow().getState();
    }

    /** What the audit trail recorded of the report, oldest first. */
    public List<String> auditActions(long id) {
        return jdbc.queryForList("SELECT action FROM audit_event WHERE target_type = 'SELF_ASSESSMENT' AND target_id = ? ORDER BY id",
                String.class, id);
    }

    public static MultiValueMap<String, String> toParams(Map<String, String> fields) {
        LinkedMultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        fields.forEach(params::add);
        return params;
    }

    private List<Duty> duties() {
        return checklist.versionInForce(YearMonth.of(2025, 1)).orElseThrow().getDuties();
    }
}
