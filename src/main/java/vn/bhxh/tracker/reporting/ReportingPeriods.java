package vn.bhxh.tracker.reporting;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
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
        periods.insertIfAbsent(month.atDay(1), month.plusMonths(1).atDay(properties.deadlineDay()), clock.instant());
        return periods.findByMonth(month.atDay(1)).orElseThrow();
    }

    @Transactional(readOnly = true)
    public Optional<ReportingPeriod> find(YearMonth month) {
        return periods.findByMonth(month.atDay(1));
    }

    @Transactional(readOnly = true)
    public ReportingPeriod get(YearMonth month) {
        return periods.findByMonth(month.atDay(1)).orElseThrow(() -> new NotFoundException("period " + month));
    }

    /** The latest periods, newest first: the choices of the pages' month selects (two years). */
    @Transactional(readOnly = true)
    public List<ReportingPeriod> recent() {
        return periods.findAllByOrderByMonthDesc(PageRequest.of(0, 24)).getContent();
    }

    /** The months of {@link #recent()}. */
    public List<YearMonth> recentMonths() {
        return recent().stream().map(ReportingPeriod::getMonth).toList();
    }

    @Transactional(readOnly = true)
    public Page<ReportingPeriod> newestFirst(Pageable pageable) {
        return periods.findAllByOrderByMonthDesc(pageable);
    }

    /** Months not after the current one can be reported on. */
    public boolean isOpenForReporting(YearMonth month) {
        return !month.isAfter(YearMonth.now(clock));
    }
}
