package vn.bhxh.tracker.demo;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import vn.bhxh.tracker.account.CurrentUser;
import vn.bhxh.tracker.checklist.ChecklistVersionRef;
import vn.bhxh.tracker.checklist.DutyRef;
import vn.bhxh.tracker.checklist.IndicatorRef;
import vn.bhxh.tracker.reporting.ComplianceStatus;
import vn.bhxh.tracker.reporting.ReportingPeriods;
import vn.bhxh.tracker.reporting.SelfAssessmentForm;
import vn.bhxh.tracker.reporting.SelfAssessmentService;
import vn.bhxh.tracker.reporting.SelfAssessments;
import vn.bhxh.tracker.review.ReviewForm;
import vn.bhxh.tracker.review.ReviewService;
import vn.bhxh.tracker.system.RejectedInputException;

/**
 * The demo profile's sample reports of Hà Nội's district offices for last month, one in each state,
 * so that the review queue, the province page and the history have something to show from the first
 * start. They go through the same services as a person would; a unit that has its report already is
 * left alone. Ba Đình's report is left for the visitor to write.
 */
@Component
@Profile("demo")
@Order(2)
class DemoSelfAssessments implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSelfAssessments.class);

    /** What to do with one unit's report: how far through the cycle it goes. */
    private enum Outcome { DRAFT, SUBMITTED, RETURNED, ACCEPTED }

    private record Sample(String leader, Outcome outcome) {
    }

    private static final List<Sample> SAMPLES = List.of(
            new Sample("hoankiem", Outcome.ACCEPTED),
            new Sample("dongda", Outcome.SUBMITTED),
            new Sample("haibatrung", Outcome.RETURNED),
            new Sample("hoangmai", Outcome.DRAFT));

    private final SelfAssessmentService assessments;
    private final SelfAssessments reports;
    private final ReviewService reviews;
    private final ReportingPeriods periods;
    private final UserDetailsService users;
    private final Clock clock;

    DemoSelfAssessments(SelfAssessmentService assessments, SelfAssessments reports, ReviewService reviews,
                        ReportingPeriods periods, UserDetailsService users, Clock clock) {
        this.assessments = assessments;
        this.reports = reports;
        this.reviews = reviews;
        this.periods = periods;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        YearMonth lastMonth = YearMonth.now(clock).minusMonths(1);
        periods.open(lastMonth);
        CurrentUser reviewer = user("tccb");
        for (Sample sample : SAMPLES) {
            CurrentUser leader = user(sample.leader());
            if (assessments.started(leader, lastMonth)) {
                continue;
            }
            Long reportId = assessments.start(leader, lastMonth, false);
            SelfAssessmentForm form = filledIn(reportId, leader);
            try {
                if (sample.outcome() == Outcome.DRAFT) {
                    assessments.saveDraft(leader, reportId, form);
                } else {
                    assessments.submit(leader, reportId, form);
                }
            } catch (RejectedInputException refused) {
                log.warn("Demo report of {} refused: {}", leader.unitName(), refused.reasons());
                continue;
            }
            if (sample.outcome() == Outcome.ACCEPTED || sample.outcome() == Outcome.RETURNED) {
                decide(reviewer, reportId, leader, sample.outcome());
            }
        }
    }

    private void decide(CurrentUser reviewer, Long reportId, CurrentUser leader, Outcome outcome) {
        ReviewForm review = new ReviewForm();
        review.setVersion(reports.summaryOf(reportId, reviewer).version());
        try {
            if (outcome == Outcome.ACCEPTED) {
                review.setNote("Báo cáo đầy đủ, số liệu thống nhất.");
                reviews.accept(reviewer, reportId, review);
            } else {
                Long duty2c = reports.checklistOf(reportId).orElseThrow().duties().get(2).id();
                review.getComments().put(duty2c, "Đề nghị nêu rõ số nội quy, quy chế đã rà soát và văn bản sửa đổi, ban hành.");
                reviews.returnForRevision(reviewer, reportId, review);
            }
        } catch (RejectedInputException refused) {
            log.warn("Demo review of {} refused: {}", leader.unitName(), refused.reasons());
        }
    }

    /** Every duty carried out in full, answered by the unit's head, with modest figures. */
    private SelfAssessmentForm filledIn(Long reportId, CurrentUser head) {
        ChecklistVersionRef checklistVersion = reports.checklistOf(reportId).orElseThrow();
        SelfAssessmentForm form = assessments.formOf(reportId, head);
        for (DutyRef duty : checklistVersion.duties()) {
            SelfAssessmentForm.DutyEntry entry = form.entryFor(duty.id());
            entry.setStatus(ComplianceStatus.DONE);
            entry.setWhatWasDone("Đã triển khai đầy đủ nội dung nhiệm vụ " + duty.code()
                    + " trong tháng; kết quả cụ thể theo các chỉ tiêu dưới đây.");
            entry.setResponsibleLeaderId(head.id());
            for (IndicatorRef indicator : duty.indicators()) {
                entry.getValues().put(indicator.id(), sampleValue(indicator));
            }
        }
        return form;
    }

    private static String sampleValue(IndicatorRef indicator) {
        return switch (indicator.kind()) {
            case YES_NO -> "1";
            case PERCENTAGE -> "100";
            case COUNT -> indicator.atMostId() == null ? "4" : "3";
        };
    }

    private CurrentUser user(String username) {
        return (CurrentUser) users.loadUserByUsername(username);
    }
}
