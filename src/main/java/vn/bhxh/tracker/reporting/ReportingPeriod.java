package vn.bhxh.tracker.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A calendar month that units report on, with its deadline (hạn nộp). */
@Entity
@Table(name = "reporting_period")
public class ReportingPeriod {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private LocalDate month;

    private LocalDate deadlineDate;

    private Instant openedAt;

    protected ReportingPeriod() {
    }

    ReportingPeriod(YearMonth month, LocalDate deadlineDate, Instant openedAt) {
        this.month = month.atDay(1);
        this.deadlineDate = deadlineDate;
        this.openedAt = openedAt;
    }

    /**
     * Whether a first submission at {@code submittedAt} (or none yet, at {@code now}) is on time, late
     * or missing. The deadline day counts whole, in the given time zone. The figures' SQL asks the
     * function {@code timeliness} (V28) the same; RulesAgreementTest keeps the two together.
     */
    public Timeliness timeliness(Instant firstSubmittedAt, Instant now, ZoneId zone) {
        if (firstSubmittedAt != null) {
            return firstSubmittedAt.isBefore(endOfDeadline(zone)) ? Timeliness.ON_TIME : Timeliness.LATE;
        }
        return Timeliness.withoutSubmission(deadlinePassed(now, zone));
    }

    /**
     * Whether the deadline has passed at {@code now}: the deadline day counts whole, in the given
     * zone. Until then a month's figures are "so far", not final. SQL: {@code deadline_end} (V28).
     */
    public boolean deadlinePassed(Instant now, ZoneId zone) {
        return deadlinePassed(deadlineDate, now, zone);
    }

    /** {@link #deadlinePassed(Instant, ZoneId)} for a deadline day read without its period (figures' SQL rows). */
    static boolean deadlinePassed(LocalDate deadlineDate, Instant now, ZoneId zone) {
        return !now.isBefore(endOfDeadline(deadlineDate, zone));
    }

    /** The first instant after the deadline day, in the given zone. */
    private Instant endOfDeadline(ZoneId zone) {
        return endOfDeadline(deadlineDate, zone);
    }

    private static Instant endOfDeadline(LocalDate deadlineDate, ZoneId zone) {
        return deadlineDate.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /**
     * Whether the month is over at {@code now}, so that its report can be submitted: a month still
     * in progress can be drafted, not submitted (a self-assessment covers the whole month).
     */
    public boolean hasEnded(Instant now, ZoneId zone) {
        return !now.isBefore(submissionOpensOn().atStartOfDay(zone).toInstant());
    }

    /** The first day on which the month's report can be submitted: the day after the month ends. */
    public LocalDate submissionOpensOn() {
        return month.plusMonths(1);
    }

    /** The period as other modules see it, with what these rules say of it at {@code now}. */
    ReportingPeriodRef asOf(Instant now, ZoneId zone) {
        return new ReportingPeriodRef(id, getMonth(), deadlineDate, openedAt, submissionOpensOn(),
                deadlinePassed(now, zone), hasEnded(now, zone));
    }

    public Long getId() {
        return id;
    }

    public YearMonth getMonth() {
        return YearMonth.from(month);
    }

    public LocalDate getDeadlineDate() {
        return deadlineDate;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }
}
