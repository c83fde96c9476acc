package vn.bhxh.tracker.unit.reorganisation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Lets the people of the reorganisations whose month has begun follow their units
 * ({@link PeopleAtEffectiveMonth#settleDue}): each night at 00:01 Vietnam time, so that a month's moves
 * are made in its first minute, and at start-up ({@link #catchUp}), so that a month begun while the
 * application was down is caught up. ShedLock (table {@code shedlock}) lets one instance run it at a time; the rows' locks make a
 * second run, on any instance, settle nothing twice.
 */
@Component
public class PeopleFollowJob {

    /** The job's ShedLock name (table {@code shedlock}). */
    public static final String LOCK = "reorganisation-people";
    private static final Logger log = LoggerFactory.getLogger(PeopleFollowJob.class);

    private final PeopleAtEffectiveMonth people;

    PeopleFollowJob(PeopleAtEffectiveMonth people) {
        this.people = people;
    }

    /** Each night: a failure is the scheduler's to log, and the next night tries again. */
    @Scheduled(cron = "${tracker.reorganisations.people-cron:0 1 0 * * *}", zone = "${tracker.time-zone:Asia/Ho_Chi_Minh}")
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT30M")
    public void run() {
        settleDue();
    }

    /**
     * At start-up, to catch up a month begun while the application was down. A failure is logged and the
     * application starts all the same (an exception here would stop it, at every start, for as long as the
     * failing reorganisation stays due); the nightly run tries again.
     */
    @EventListener(ApplicationReadyEvent.class)
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT30M")
    public void catchUp() {
        try {
            settleDue();
        } catch (RuntimeException failed) {
            log.error("People could not follow their units at start-up; the nightly run tries again", failed);
        }
    }

    private void settleDue() {
        int settled = people.settleDue();
        if (settled > 0) {
            log.info("People followed their units for {} reorganisation(s) whose month began", settled);
        }
    }
}
