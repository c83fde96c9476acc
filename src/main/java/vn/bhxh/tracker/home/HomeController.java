package vn.bhxh.tracker.home;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.bhxh.tracker.account.CurrentUser;
import vn.bhxh.tracker.account.Role;
import vn.bhxh.tracker.checklist.ChecklistService;
import vn.bhxh.tracker.dashboard.DashboardScope;
import vn.bhxh.tracker.dashboard.MonthSummary;
import vn.bhxh.tracker.dashboard.SummaryFigures;
import vn.bhxh.tracker.reporting.SelfAssessmentState;
import vn.bhxh.tracker.reporting.SelfAssessmentView;
import vn.bhxh.tracker.reporting.ReportingPeriodRef;
import vn.bhxh.tracker.reporting.ReportingPeriods;
import vn.bhxh.tracker.reporting.SelfAssessment;
import vn.bhxh.tracker.reporting.SelfAssessments;
import vn.bhxh.tracker.reporting.SelfAssessmentService;
import vn.bhxh.tracker.unit.OpenItems;
import vn.bhxh.tracker.unit.UnitDirectory;

/**
 * Each role's home page. A user with several roles sees the page of the widest one: administrator,
 * then reviewer, executive, provincial director, unit leader.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class HomeController {

    private final UnitDirectory unitDirectory;
    private final ChecklistService checklist;
    private final ReportingPeriods periods;
    private final SelfAssessmentService assessmentService;
    private final SelfAssessments assessments;
    private final SelfAssessmentView selfAssessmentView;
    private final SummaryFigures summaries;
    private final OpenItems openItems;

    HomeController(UnitDirectory unitDirectory, ChecklistService checklist, ReportingPeriods periods,
                   SelfAssessmentService assessmentService, SelfAssessments assessments,
                   SelfAssessmentView selfAssessmentView, SummaryFigures summaries, OpenItems openItems) {
        this.unitDirectory = unitDirectory;
        this.checklist = checklist;
        this.periods = periods;
        this.assessmentService = assessmentService;
        this.assessments = assessments;
        this.selfAssessmentView = selfAssessmentView;
        this.summaries = summaries;
        this.openItems = openItems;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal CurrentUser user, Model model) {
        ReportingPeriodRef current = periods.currentPeriod();
        YearMonth month = current.month();
        model.addAttribute("month", month);
        model.addAttribute("currentPeriod", current);
        if (user.hasRole(Role.ADMIN)) {
            model.addAttribute("unitCounts", unitDirectory.countsByLevel());
            model.addAttribute("openItemCounts", openItems.counts());
            return "home/admin";
        }
        if (user.hasRole(Role.REVIEWER)) {
            model.addAttribute("waitingForReview", assessments.countInState(SelfAssessmentState.SUBMITTED));
            MonthSummary summary = summaries.summary(month, DashboardScope.NATIONAL);
            model.addAttribute("notSubmitted", summary.notDue() + summary.missing());
            model.addAttribute("daysLeft", current.daysLeft(periods.today()));
            model.addAttribute("deadlinePassed", current.deadlinePassed());
        }
        if (user.hasRole(Role.UNIT_LEADER)) {
            // the month now due first, then the latest others (a month in progress among them)
            List<ReportingPeriodRef> recent = new ArrayList<>(List.of(current));
            periods.newestFirst(PageRequest.of(0, 3)).getContent().stream()
                    .filter(period -> !period.id().equals(current.id())).limit(2).forEach(recent::add);
            Map<Long, SelfAssessment> own = assessmentService.ownByPeriod(user, recent);
            List<SelfAssessmentView.PeriodStatus> statuses = recent.stream()
                    .map(period -> selfAssessmentView.statusOf(period, own.get(period.id()))).toList();
            model.addAttribute("currentStatus", statuses.get(0));
            model.addAttribute("recentPeriods", statuses.subList(1, statuses.size()));
        }
        if (user.hasRole(Role.REVIEWER) || user.hasRole(Role.EXECUTIVE)) {
            model.addAttribute("unitCounts", unitDirectory.countsByLevel());
            model.addAttribute("checklist", checklist.refInForce(month).orElse(null));
            return user.hasRole(Role.REVIEWER) ? "home/reviewer" : "home/executive";
        }
        model.addAttribute("checklist", checklist.refInForce(month).orElse(null));
        if (user.hasRole(Role.PROVINCE_DIRECTOR)) {
            model.addAttribute("districts", unitDirectory.districtsOf(user.unitId()));
            return "home/provinceDirector";
        }
        return "home/unitLeader";
    }
}
