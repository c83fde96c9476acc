package vn.bhxh.tracker.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;

import vn.bhxh.tracker.support.IntegrationTest;

/** The running application really schedules the nightly opening of periods (not only at start-up). */
@IntegrationTest
class ScheduledJobsTest {

    @Autowired
    ScheduledTaskHolder scheduledTasks;

    @Test
    void periodsAreOpenedEveryNightAfterMidnight() {
        assertThat(scheduledTasks.getScheduledTasks())
                .map(task -> task.getTask())
                .filteredOn(CronTask.class::isInstance)
                .map(task -> ((CronTask) task).getExpression())
                .contains("0 5 0 * * *");
    }
}
