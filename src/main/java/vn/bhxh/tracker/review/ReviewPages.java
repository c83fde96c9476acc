package vn.bhxh.tracker.review;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.util.UriComponentsBuilder;

import vn.bhxh.tracker.account.CurrentUser;
import vn.bhxh.tracker.reporting.ReportingPeriodRef;
import vn.bhxh.tracker.reporting.ReportingPeriods;
import vn.bhxh.tracker.reporting.SelfAssessmentState;
import vn.bhxh.tracker.reporting.SelfAssessmentSummary;
import vn.bhxh.tracker.reporting.SelfAssessmentView;
import vn.bhxh.tracker.reporting.SelfAssessments;
import vn.bhxh.tracker.system.PageLinks;
import vn.bhxh.tracker.system.TrackerProperties;
import vn.bhxh.tracker.unit.UnitDirectory;
import vn.bhxh.tracker.unit.UnitLevel;

/**
 * What the review pages show, gathered from the modules that own it, so that {@link ReviewController}
 * only binds, validates, calls and picks a view: the queue with its filters, a report's decision page
 * with what changed since its previous submission, and the report page that a reopening refused for
 * its reason's text comes back to. It reads; {@link ReviewService} decides.
 */
@Component
class ReviewPages {

    private final SelfAssessments assessments;
    private final SelfAssessmentView selfAssessmentView;
    private final ReportingPeriods periods;
    private final UnitDirectory unitDirectory;
    private final TrackerProperties properties;

    ReviewPages(SelfAssessments assessments, SelfAssessmentView selfAssessmentView, ReportingPeriods periods,
                UnitDirectory unitDirectory, TrackerProperties properties) {
        this.assessments = assessments;
        this.selfAssessmentView = selfAssessmentView;
        this.periods = periods;
        this.unitDirectory = unitDirectory;
        this.properties = properties;
    }

    /**
     * Reports to review as filtered, the longest-waiting first, with their timeliness, the links to
     * other pages, and what each filter offers. A month must have a reporting period (404 otherwise);
     * a month's queue of submitted reports also counts those waiting in other months.
     */
    void addQueue(Model model, QueueFilter filter) {
        SelfAssessmentState shownState = filter.shownState();
        ReportingPeriodRef period = filter.everyMonth() ? null : periods.getOrCurrent(filter.month());
        String shownMonth = period == null ? "" : period.month().toString();
        long periodId = period == null ? 0 : period.id();
        long provinceId = filter.province() == null ? 0 : filter.province();
        Page<SelfAssessmentSummary> queue = assessments.queue(periodId, shownState, filter.level(),
                provinceId, PageLinks.page(filter.page(), PageLinks.PAGE_SIZE));
        if (periodId != 0 && shownState == SelfAssessmentState.SUBMITTED) {
            // what waits in other months, so that a month's queue hides nothing without saying so
            model.addAttribute("waitingInOtherMonths", assessments.queue(0, shownState, filter.level(), provinceId,
                    PageLinks.page(0, 1)).getTotalElements() - queue.getTotalElements());
        }
        String filters = UriComponentsBuilder.newInstance()
                .queryParam("month", shownMonth)
                .queryParamIfPresent("state", Optional.ofNullable(filter.state()).filter(st -> !st.isBlank()))
                .queryParamIfPresent("level", Optional.ofNullable(filter.level()))
                .queryParamIfPresent("province", Optional.ofNullable(filter.province()))
                .encode().build().getQuery();
        model.addAttribute("queue", queue);
        model.addAttribute("pageLinks", new PageLinks(queue, filters));
        model.addAttribute("zone", properties.timeZone());
        model.addAttribute("month", shownMonth);
        model.addAttribute("state", shownState);
        model.addAttribute("anyState", shownState == null);
        model.addAttribute("level", filter.level());
        model.addAttribute("province", filter.province());
        model.addAttribute("months", periods.recentMonths());
        model.addAttribute("states", SelfAssessmentState.values());
        model.addAttribute("levels", UnitLevel.values());
        model.addAttribute("provinces", unitDirectory.provincesInEffect());
    }

    /**
     * The decision page of a report that waits for one (submitted), with a new form at the report's
     * version; false, and nothing added, for a report in any other state, which is simply read.
     */
    boolean addNewDecision(Model model, CurrentUser user, long id) {
        SelfAssessmentSummary report = assessments.summaryOf(id, user);
        if (!report.awaitsDecision()) {
            return false;
        }
        ReviewForm form = new ReviewForm();
        form.setVersion(report.version());
        addDecision(model, user, id, form);
        return true;
    }

    /** The decision page, over a new form or the form as typed (refused). */
    void addDecision(Model model, CurrentUser user, long id, ReviewForm form) {
        selfAssessmentView.addTo(model, id, user);
        model.addAttribute("changes", assessments.changesSincePreviousSubmission(id));
        model.addAttribute("review", form);
    }

    /** The report's page, as {@code /reports/{id}} shows it to this reviewer. */
    void addReport(Model model, CurrentUser user, long id) {
        selfAssessmentView.addReportPage(model, id, user);
    }
}
