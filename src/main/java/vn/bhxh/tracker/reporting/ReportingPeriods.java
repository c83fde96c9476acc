package vn.bhxh.tracker.reporting;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Optional;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
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

    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(cron = "0 5 0 * * *", zone = "${tracker.time-zone:Asia/Ho_Chi_Minh}")
    public void openDueMonths() {
        YearMonth current = YearMonth.now(clock);
        YearMonth first = properties.firstMonth() != null ? properties.firstMonth() : current.minusMonths(1);
        for (YearMonth month = first; !month.isAfter(current); month = month.plusMonths(1)) {
            open(month);
        }
    }

    /** The period of a month, opened now if it was not yet. Safe when several instances race. */
    @Transactional
    public ReportingPeriod open(YearMonth month) {
        return periods.findByMonth(month.atDay(1)).orElseGet(() -> {
            try {
                return periods.saveAndFlush(new ReportingPeriod(month,
                        month.plusMonths(1).atDay(properties.deadlineDay()), clock.instant()));
            } catch (DataIntegrityViolationException openedElsewhere) {
                return periods.findByMonth(month.atDay(1)).orElseThrow();
            }
        });
    }

    @Transactional(readOnly = true)
    public Optional<ReportingPeriod> find(YearMonth month) {
        return periods.findByMonth(month.atDay(1));
    }

    @Transactional(readOnly = true)
    public ReportingPeriod get(YearMonth month) {
        return periods.findByMonth(month.atDay(1)).orElseThrow(() -> new NotFoundException("period " + month));
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
