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
import org.springframework.modulith.NamedInterface;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.bhxh.tracker.system.NotFoundException;

/**
 * Opens one reporting period a month, by itself: at start-up (every month since the first one
 * tracked) and each night, so that a new month is open from its first day.
 */
@Service
@NamedInterface(name = "api", propagate = false)
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
            openPeriod(month);
        }
    }

    /** The period of a month, opened now if it was not yet; several instances may race safely. */
    @Transactional
    public ReportingPeriodRef open(YearMonth month) {
        return refOf(openPeriod(month));
    }

    private ReportingPeriod openPeriod(YearMonth month) {
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
        YearMonth previous = YearMonth.now(clock).minusMonths(1);
        return currentMonth(periods.findByMonth(previous.atDay(1)).map(ReportingPeriod::getDeadlineDate));
    }

    /** {@link #currentMonth()} given the previous month's deadline as its period has it, if it has one. */
    private YearMonth currentMonth(Optional<LocalDate> previousPeriodsDeadline) {
        LocalDate today = LocalDate.now(clock);
        YearMonth previous = YearMonth.from(today).minusMonths(1);
        LocalDate previousDeadline = previousPeriodsDeadline.orElseGet(() -> deadlineOf(previous));
        return today.isAfter(previousDeadline) ? YearMonth.from(today) : previous;
    }

    /**
     * The period of {@link #currentMonth()}, opened now if the nightly job has not yet done so
     * (between midnight and its run on the first of a month).
     */
    @Transactional
    public ReportingPeriodRef currentPeriod() {
        YearMonth month = currentMonth();
        return find(month).orElseGet(() -> open(month));
    }

    /** Whether the period's month is over now, so that its reports can be submitted. */
    boolean hasEnded(ReportingPeriod period) {
        return period.hasEnded(clock.instant(), clock.getZone());
    }

    /**
     * Whether the month's deadline has passed now: its figures are final, no longer "so far"; false
     * for a month not opened.
     */
    @Transactional(readOnly = true)
    public boolean deadlinePassed(YearMonth month) {
        return find(month).map(ReportingPeriodRef::deadlinePassed).orElse(false);
    }

    /**
     * Whether a deadline day has passed now, for figures that read a period's deadline day in SQL
     * rows instead of the period: {@link ReportingPeriod#deadlinePassed}'s rule.
     */
    public boolean deadlineDayPassed(LocalDate deadlineDate) {
        return ReportingPeriod.deadlinePassed(deadlineDate, clock.instant(), clock.getZone());
    }

    /** Today, in the application's time zone. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    @Transactional(readOnly = true)
    public Optional<ReportingPeriodRef> find(YearMonth month) {
        return periods.findByMonth(month.atDay(1)).map(this::refOf);
    }

    /**
     * The period of a month, the one rule for a month asked for by a page or the API: a month without
     * a period answers 404 ({@link NotFoundException}), wherever it was asked for.
     */
    @Transactional(readOnly = true)
    public ReportingPeriodRef get(YearMonth month) {
        return refOf(entityOf(month));
    }

    /** {@link #get}'s period as this module's entities hold it (a new self-assessment's). */
    ReportingPeriod entityOf(YearMonth month) {
        return periods.findByMonth(month.atDay(1)).orElseThrow(() -> new NotFoundException("period " + month));
    }

    /**
     * {@link #get} for a month asked for, or the {@link #currentPeriod()} when none was (a page's
     * optional {@code month} parameter absent or empty).
     */
    @Transactional
    public ReportingPeriodRef getOrCurrent(YearMonth month) {
        return month == null ? currentPeriod() : get(month);
    }

    /** The latest periods, newest first: the choices of the pages' month selects (two years). */
    @Transactional(readOnly = true)
    public List<ReportingPeriodRef> recent() {
        return periods.findAllByOrderByMonthDesc(Limit.of(24)).stream().map(this::refOf).toList();
    }

    /**
     * {@link #getOrCurrent} and {@link #recent()} in one read, for a page that shows a month beside
     * its month select: the period shown is taken from the recent ones when it is among them, as it
     * nearly always is, and otherwise looked up (or opened, or 404) as {@code getOrCurrent} does. The
     * month now due is worked out from the previous month's period among them; a previous month
     * older than all of them (or none) is looked up as {@link #currentMonth()} does.
     */
    @Transactional
    public MonthChoice choice(YearMonth month) {
        List<ReportingPeriodRef> recent = recent();
        YearMonth wanted = month;
        if (wanted == null) {
            YearMonth previous = YearMonth.now(clock).minusMonths(1);
            Optional<ReportingPeriodRef> previousPeriod = among(recent, previous);
            boolean olderThanAll = !recent.isEmpty() && recent.get(recent.size() - 1).month().isAfter(previous);
            wanted = previousPeriod.isPresent() || !olderThanAll
                    ? currentMonth(previousPeriod.map(ReportingPeriodRef::deadlineDate))
                    : currentMonth();
        }
        Optional<ReportingPeriodRef> shown = among(recent, wanted);
        if (shown.isPresent()) {
            return new MonthChoice(shown.get(), recent);
        }
        // not among the recent ones: an older month, one not opened yet (opened now), or none (404)
        ReportingPeriodRef period = getOrCurrent(month);
        return new MonthChoice(period, recent());
    }

    private static Optional<ReportingPeriodRef> among(List<ReportingPeriodRef> recent, YearMonth month) {
        return recent.stream().filter(period -> period.month().equals(month)).findFirst();
    }

    /** The months of {@link #recent()}. */
    public List<YearMonth> recentMonths() {
        return recent().stream().map(ReportingPeriodRef::month).toList();
    }

    @Transactional(readOnly = true)
    public Page<ReportingPeriodRef> newestFirst(Pageable pageable) {
        return periods.findAllByOrderByMonthDesc(pageable).map(this::refOf);
    }

    /** The period with what its rules say of it now, by the application's clock. */
    private ReportingPeriodRef refOf(ReportingPeriod period) {
        return period.asOf(clock.instant(), clock.getZone());
    }

    /**
     * Months up to the calendar month in progress can be started and drafted; a month can be
     * submitted only once it has ended ({@link ReportingPeriod#hasEnded}).
     */
    public boolean isOpenForReporting(YearMonth month) {
        return !month.isAfter(YearMonth.now(clock));
    }
}
