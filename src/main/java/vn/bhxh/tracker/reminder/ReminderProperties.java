package vn.bhxh.tracker.reminder;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code tracker.reminders.*}: the daily job reminds units that have not submitted
 * {@code days-before} days before the deadline (2 by default) and {@code days-after} days after it
 * (1 by default); {@code link-base} is put before the path in e-mails (e.g. https://tracker.example).
 */
@ConfigurationProperties("tracker.reminders")
public record ReminderProperties(Integer daysBefore, Integer daysAfter, String linkBase) {

    public ReminderProperties {
        daysBefore = daysBefore == null ? 2 : daysBefore;
        daysAfter = daysAfter == null ? 1 : daysAfter;
        linkBase = linkBase == null ? "" : linkBase.replaceAll("/+$", "");
        if (daysBefore < 0 || daysAfter < 1) {
            throw new IllegalArgumentException("tracker.reminders.days-before must be >= 0 and days-after >= 1");
        }
    }
}
