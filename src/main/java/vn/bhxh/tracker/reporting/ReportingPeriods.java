package vn.bhxh.tracker.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.bhxh.tracker.system.NotFoundException;

/**
 * Opens one reporting period a month, by itself: at start-up (every month since the first one
 * tracked) and each night, so that a new month is open from its first day.
 */
@Service
public class ReportingPeriods {

    private final ReportingPeriodRepository periods;
    private final ReportingProperties properties;
    private final Clock clock;

    ReportingPeriods(ReportingPeriodRepository periods, ReportingProperties properties, Clock clock) {
        this.periods = periods;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Opens every month not yet opened, up to the current one: from the month after the latest
     * period (so that months the application was down for are opened too, and can show as missing),
     * or from the first month tracked.
     */
    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(cron = "0 5 0 * * *", zone = "${tracker.time-zone:Asia/Ho_Chi_Minh}")
    @Transactional
    public void openDueMonths() {
        YearMonth current = YearMonth.now(clock);
        YearMonth first = periods.findLatestMonth().map(latest -> YearMonth.from(latest).plusMonths(1))
                .orElse(properties.firstMonth() != null ? properties.firstMonth() : current.minusMonths(1));
        for (YearMonth month = first; !month.isAfter(current); month = month.plusMonths(1)) {
            open(month);
        }
    }

    /** The period of a month, opened now if it was not yet; several instances may race safely. */
    @Transactional
    public ReportingPeriod open(YearMonth month) {
        periods.insertIfAbsent(month.atDay(1), deadlineOf(month), clock.instant());
        return periods.findByMonth(month.atDay(1)).orElseThrow();
    }

    /** A month's deadline as periods are opened with it: the configured day of the following month. */
    private LocalDate deadlineOf(YearMonth month) {
        return month.plusMonths(1).atDay(properties.deadlineDay());
    }

    /**
     * The month now due, what every page means by "the current reporting month": the month whose
     * deadline comes next, the deadline day counting whole (November until the end of 5 December,
     * then December). Read from the previous month's period when it exists, so that a deadline
     * changed since then still counts as it was set.
     */
    @Transactional(readOnly = true)
    public YearMonth currentMonth() {
        LocalDate today = LocalDate.now(clock);
        YearMonth previous = YearMonth.from(today).minusMonths(1);
        LocalDate previousDeadline = periods.findByMonth(previous.atDay(1))
                .map(ReportingPeriod::getDeadlineDate).orElseGet(() -> deadlineOf(previous));
        return today.isAfter(previousDeadline) ? YearMonth.from(today) : previous;
    }

    /**
     * The period of {@link #currentMonth()}, opened now if the nightly job has not yet done so
     * (between midnight and its run on the first of a month).
     */
    @Transactional
    public ReportingPeriod currentPeriod() {
        YearMonth month = currentMonth();
        return find(month).orElseGet(() -> open(month));
    }

    /** Whether the period's month is over now, so that its reports can be submitted. */
    public boolean hasEnded(ReportingPeriod period) {
        return period.hasEnded(clock.instant(), clock.getZone());
    }

    /** Whether the period's deadline has passed now: its figures are final, no longer "so far". */
    public boolean deadlinePassed(ReportingPeriod period) {
        return period.deadlinePassed(clock.instant(), clock.getZone());
    }

    /** {@link #deadlinePassed(ReportingPeriod)} for a month; false for a month not opened. */
    @Transactional(readOnly = true)
    public boolean deadlinePassed(YearMonth month) {
        return find(month).map(this::deadlinePassed).orElse(false);
    }

    /** Today, in the application's time zone. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    @Transactional(readOnly = true)
    public Optional<ReportingPeriod> find(YearMonth month) {
        return periods.findByMonth(month.atDay(1));
    }

    /**
     * The period of a month, the one rule for a month asked for by a page or the API: a month without
     * a period answers 404 ({@link NotFoundException}), wherever it was asked for.
     */
    @Transactional(readOnly = true)
    public ReportingPeriod get(YearMonth month) {
        return periods.findByMonth(month.atDay(1)).orElseThrow(() -> new NotFoundException("period " + month));
    }

    /**
     * {@link #get} for a month asked for, or the {@link #currentPeriod()} when none was (a page's
     * optional {@code month} parameter absent or empty).
     */
    @Transactional
    public ReportingPeriod getOrCurrent(YearMonth month) {
        return month == null ? currentPeriod() : get(month);
    }

    /** The latest periods, newest first: the choices of the pages' month selects (two years). */
    @Transactional(readOnly = true)
    public List<ReportingPeriod> recent() {
        return periods.findAllByOrderByMonthDesc(Limit.of(24));
    }

    /** The months of {@link #recent()}. */
    public List<YearMonth> recentMonths() {
        return recent().stream().map(ReportingPeriod::getMonth).toList();
    }

    @Transactional(readOnly = true)
    public Page<ReportingPeriod> newestFirst(Pageable pageable) {
        return periods.findAllByOrderByMonthDesc(pageable);
    }

    /**
     * Months up to the calendar month in progress can be started and drafted; a month can be
     * submitted only once it has ended ({@link ReportingPeriod#hasEnded}).
     */
    public boolean isOpenForReporting(YearMonth month) {
        return !month.isAfter(YearMonth.now(clock));
    }
}
