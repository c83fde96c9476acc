package vn.bhxh.tracker.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
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
import vn.bhxh.tracker.reporting.ReportingPeriodRef;
import vn.bhxh.tracker.reporting.ReportingPeriods;
import vn.bhxh.tracker.reporting.SelfAssessmentForm;
import vn.bhxh.tracker.reporting.SelfAssessmentService;
import vn.bhxh.tracker.reporting.SelfAssessments;
import vn.bhxh.tracker.review.ReviewForm;
import vn.bhxh.tracker.review.ReviewService;
import vn.bhxh.tracker.system.RejectedInputException;
import vn.bhxh.tracker.unit.reorganisation.PlanLine;
import vn.bhxh.tracker.unit.reorganisation.SampleReorganisations;

/**
 * The demo profile's Hà Nội, so that a newcomer sees today's organisation and a trend that crosses it:
 * <ol>
 * <li>a <em>sample</em> reorganisation ({@link #SAMPLE_PLAN}, illustrative, not the city's real list):
 *     from 07/2025 five of Hà Nội's old district offices continue as "BHXH cơ sở", three of them each
 *     absorbing a neighbouring office, and two more offices of the old Hà Tây merge likewise. It goes
 *     through the administrator's own code ({@link SampleReorganisations}), as if applied on
 *     {@link #SAMPLE_APPLIED_ON}, and is recorded as a sample, which its pages say;</li>
 * <li>the reports of Hà Nội's office and of four of the demo's district offices (Ba Đình's are left for
 *     the visitor, and for the tests that write them) for every month from {@link #FIRST_MONTH} to the
 *     month before last: each submitted in the days after its month (a few after the deadline, a few
 *     returned once and submitted again) and accepted by {@code tccb};</li>
 * <li>last month's reports of four district offices, one in each state (Ba Đình's is left for the
 *     visitor).</li>
 * </ol>
 * Everything goes through the same services as a person's. The past months' steps run with the clock
 * set back to the day each happened ({@link DemoClock}), so that their times are plausible (submitted
 * on time, or late, as the figures then count them). Each step is taken once: a second start finds the
 * sample recorded and the reports started and leaves them as they are.
 */
@Component
@Profile("demo")
@Order(2)
class DemoSelfAssessments implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSelfAssessments.class);

    /** The first month of the demo's history. */
    static final YearMonth FIRST_MONTH = YearMonth.of(2025, 1);
    static final String SAMPLE_DECISION = "Mẫu 01/2025 (minh họa)";
    static final LocalDate SAMPLE_DECIDED_ON = LocalDate.of(2025, 6, 20);
    static final YearMonth SAMPLE_MONTH = YearMonth.of(2025, 7);
    static final LocalDateTime SAMPLE_APPLIED_ON = LocalDateTime.of(2025, 6, 24, 9, 0);

    /**
     * The sample plan, written as an administrator's plan file is: a BHXH cơ sở continues the office it
     * was made from (a new name, the same unit) and its neighbour merges into it; the names are
     * illustrative.
     */
    static final List<PlanLine> SAMPLE_PLAN = List.of(
            rename(1, "H001", "BHXH cơ sở Ba Đình"),
            rename(2, "H002", "BHXH cơ sở Hoàn Kiếm"),
            rename(3, "H006", "BHXH cơ sở Đống Đa"),
            rename(4, "H007", "BHXH cơ sở Hai Bà Trưng"),
            rename(5, "H008", "BHXH cơ sở Hoàng Mai - Thanh Trì"),
            merge(6, "H020", "H008"),
            rename(7, "H269", "BHXH cơ sở Sơn Tây - Ba Vì"),
            merge(8, "H271", "H269"),
            rename(9, "H272", "BHXH cơ sở Phúc Thọ - Đan Phượng"),
            merge(10, "H273", "H272"));

    /** The leaders whose units have a report every month of the history. */
    static final List<String> HISTORY = List.of("hanoi", "hoankiem", "dongda", "haibatrung", "hoangmai");

    /** What to do with one unit's report: how far through the cycle it goes. */
    private enum Outcome { DRAFT, SUBMITTED, RETURNED, ACCEPTED }

    private record Sample(String leader, Outcome outcome) {
    }

    private static final List<Sample> SAMPLES = List.of(
            new Sample("hoankiem", Outcome.ACCEPTED),
            new Sample("dongda", Outcome.SUBMITTED),
            new Sample("haibatrung", Outcome.RETURNED),
            new Sample("hoangmai", Outcome.DRAFT));

    private final SampleReorganisations reorganisations;
    private final SelfAssessmentService assessments;
    private final SelfAssessments reports;
    private final ReviewService reviews;
    private final ReportingPeriods periods;
    private final UserDetailsService users;
    private final Clock clock;

    DemoSelfAssessments(SampleReorganisations reorganisations, SelfAssessmentService assessments, SelfAssessments reports,
                        ReviewService reviews, ReportingPeriods periods, UserDetailsService users, Clock clock) {
        this.reorganisations = reorganisations;
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
        CurrentUser reviewer = user("tccb");
        if (SAMPLE_MONTH.isBefore(lastMonth)) {
            applySample();
        }
        long started = System.nanoTime();
        int written = 0;
        for (YearMonth month = FIRST_MONTH; month.isBefore(lastMonth); month = month.plusMonths(1)) {
            written += writeHistory(month, reviewer);
        }
        if (written > 0) {
            log.info("Demo: {} reports of past months written in {} ms", written, (System.nanoTime() - started) / 1_000_000);
        }
        periods.open(lastMonth);
        for (Sample sample : SAMPLES) {
            writeLastMonth(sample, lastMonth, reviewer);
        }
    }

    private void applySample() {
        try {
            boolean applied = DemoClock.at(vietnam(SAMPLE_APPLIED_ON), () -> reorganisations.applyOnce(SAMPLE_DECISION,
                    SAMPLE_DECIDED_ON, SAMPLE_MONTH, SAMPLE_PLAN, user("admin")));
            if (applied) {
                log.info("Demo: sample reorganisation {} applied from {}", SAMPLE_DECISION, SAMPLE_MONTH);
            }
        } catch (IllegalStateException refused) {
            log.warn("Demo: {}", refused.getMessage());
        }
    }

    /**
     * The month's report of each unit of {@link #HISTORY} that has none, accepted in the end: how many
     * were written. Which units are late or returned turns with the month.
     */
    private int writeHistory(YearMonth month, CurrentUser reviewer) {
        ReportingPeriodRef period = DemoClock.at(vietnam(month.atDay(1).atTime(0, 5)), () -> periods.open(month));
        int written = 0;
        int turn = (int) (month.getYear() * 12L + month.getMonthValue());
        for (int i = 0; i < HISTORY.size(); i++) {
            CurrentUser leader = user(HISTORY.get(i));
            if (assessments.started(leader, month)) {
                continue;
            }
            int n = turn + i;
            boolean late = n % 7 == 3;
            boolean returned = !late && n % 9 == 4;
            LocalDate deadline = period.deadlineDate();
            LocalDateTime submitted = late
                    ? deadline.plusDays(1 + n % 3).atTime(15, 30)
                    : month.plusMonths(1).atDay(Math.min(1 + n % 4, deadline.getDayOfMonth())).atTime(8 + i, 15);
            Long reportId = DemoClock.at(vietnam(month.atEndOfMonth().minusDays(4).atTime(8, 30 + i)),
                    () -> assessments.start(leader, month, false));
            if (!submit(leader, reportId, submitted)) {
                continue;
            }
            LocalDateTime decided = submitted.plusDays(1).withHour(10);
            if (returned) {
                decide(reviewer, reportId, leader, Outcome.RETURNED, decided);
                submitted = decided.plusDays(1).withHour(9);
                if (!submit(leader, reportId, submitted)) {
                    continue;
                }
                decided = submitted.plusDays(1).withHour(10);
            }
            decide(reviewer, reportId, leader, Outcome.ACCEPTED, decided);
            written++;
        }
        return written;
    }

    private boolean submit(CurrentUser leader, Long reportId, LocalDateTime at) {
        return DemoClock.at(vietnam(at), () -> {
            try {
                assessments.submit(leader, reportId, filledIn(reportId, leader));
                return true;
            } catch (RejectedInputException refused) {
                log.warn("Demo report of {} refused: {}", leader.unitName(), refused.reasons());
                return false;
            }
        });
    }

    private void decide(CurrentUser reviewer, Long reportId, CurrentUser leader, Outcome outcome, LocalDateTime at) {
        DemoClock.at(vietnam(at), () -> decide(reviewer, reportId, leader, outcome));
    }

    /** Last month's report of one unit, now, as far through the cycle as the sample says; none if it has one. */
    private void writeLastMonth(Sample sample, YearMonth lastMonth, CurrentUser reviewer) {
        CurrentUser leader = user(sample.leader());
        if (assessments.started(leader, lastMonth)) {
            return;
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
            return;
        }
        if (sample.outcome() == Outcome.ACCEPTED || sample.outcome() == Outcome.RETURNED) {
            decide(reviewer, reportId, leader, sample.outcome());
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

    private Instant vietnam(LocalDateTime time) {
        return time.atZone(clock.getZone()).toInstant();
    }

    private CurrentUser user(String username) {
        return (CurrentUser) users.loadUserByUsername(username);
    }

    private static PlanLine rename(int line, String code, String name) {
        return new PlanLine(line, "RENAME", code, "", name, "", "");
    }

    private static PlanLine merge(int line, String code, String into) {
        return new PlanLine(line, "MERGE", code, into, "", "", "");
    }
}
