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
     * or missing. The deadline day counts whole, in the given time zone.
     */
    public Timeliness timeliness(Instant firstSubmittedAt, Instant now, ZoneId zone) {
        Instant endOfDeadline = deadlineDate.plusDays(1).atStartOfDay(zone).toInstant();
        if (firstSubmittedAt != null) {
            return firstSubmittedAt.isBefore(endOfDeadline) ? Timeliness.ON_TIME : Timeliness.LATE;
        }
        return now.isBefore(endOfDeadline) ? Timeliness.NOT_DUE : Timeliness.MISSING;
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
