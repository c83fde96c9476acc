package vn.bhxh.tracker.reminder;

import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Sends the automatic reminders every morning, 08:00 Vietnam time. ShedLock (table
 * {@code shedlock}) lets one instance run it when several run the application.
 */
@Component
public class ReminderJob {

    /** The job's ShedLock name (table {@code shedlock}). */
    public static final String LOCK = "automatic-reminders";
    private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);

    private final Reminders reminders;
    private final Clock clock;

    ReminderJob(Reminders reminders, Clock clock) {
        this.reminders = reminders;
        this.clock = clock;
    }

    @Scheduled(cron = "${tracker.reminders.cron:0 0 8 * * *}", zone = "${tracker.time-zone:Asia/Ho_Chi_Minh}")
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    public void daily() {
        sendFor(LocalDate.now(clock));
    }

    /**
     * The job for a given day, under the same lock as the daily run: while one caller (on any
     * instance) holds it, other callers return at once without sending anything.
     */
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    public void sendFor(LocalDate today) {
        int sent = reminders.sendDue(today);
        log.info("Automatic reminders for {}: {} sent", today, sent);
    }
}
