package vn.bhxh.tracker.reporting;

import java.time.YearMonth;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code tracker.reporting.*}: the deadline of each month, as a day of the following month
 * (the 5th by default, the whole day counting, Vietnam time), and the first month tracked (the
 * month before the application's first start when not set).
 */
@ConfigurationProperties("tracker.reporting")
public record ReportingProperties(Integer deadlineDay, YearMonth firstMonth) {

    public ReportingProperties {
        if (deadlineDay == null) {
            deadlineDay = 5;
        }
        if (deadlineDay < 1 || deadlineDay > 28) {
            throw new IllegalArgumentException("tracker.reporting.deadline-day must be between 1 and 28");
        }
    }
}
