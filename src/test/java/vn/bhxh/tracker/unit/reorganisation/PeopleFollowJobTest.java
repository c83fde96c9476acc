package vn.bhxh.tracker.unit.reorganisation;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.springframework.dao.QueryTimeoutException;

/**
 * The job that lets people follow their units: a reorganisation that cannot be settled at start-up
 * (its listener fails, the database times out) does not stop the application from starting, as an
 * exception from an {@code ApplicationReadyEvent} listener would, at every start while it stays due;
 * the nightly run still fails loudly, for the scheduler to log.
 */
class PeopleFollowJobTest {

    private final PeopleAtEffectiveMonth people = mock(PeopleAtEffectiveMonth.class);
    private final PeopleFollowJob job = new PeopleFollowJob(people);

    @Test
    void aFailureAtStartUpIsLoggedAndTheApplicationStartsAllTheSame() {
        when(people.settleDue()).thenThrow(new QueryTimeoutException("settling timed out"));

        assertThatCode(job::catchUp).doesNotThrowAnyException();
        verify(people).settleDue();
    }

    @Test
    void theNightlyRunLetsAFailureThroughForTheSchedulerToLog() {
        when(people.settleDue()).thenThrow(new QueryTimeoutException("settling timed out"));

        assertThatThrownBy(job::run).isInstanceOf(QueryTimeoutException.class);
    }

    @Test
    void bothSettleWhatIsDue() {
        when(people.settleDue()).thenReturn(2, 0);

        job.catchUp();
        job.run();

        verify(people, times(2)).settleDue();
    }
}
