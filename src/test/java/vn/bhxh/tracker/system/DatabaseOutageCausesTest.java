package vn.bhxh.tracker.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;

/** Only an unreachable database counts as an outage (503); a refused value or a bug stays what it is. */
class DatabaseOutageCausesTest {

    @Test
    void noConnectionToBeHadIsAnOutage() {
        assertThat(DatabaseOutage.isCauseOf(new CannotCreateTransactionException("Could not open JPA EntityManager",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available", "08001")))).isTrue();
    }

    @Test
    void aBrokenConnectionOrAServerShuttingDownIsAnOutageWhereverItIsWrapped() {
        assertThat(DatabaseOutage.isCauseOf(new IllegalStateException(new SQLException("I/O error", "08006")))).isTrue();
        assertThat(DatabaseOutage.isCauseOf(new RuntimeException(new SQLException("terminating connection", "57P01"))))
                .isTrue();
    }

    @Test
    void aRollbackOnTheConnectionThePoolDroppedIsAnOutage() {
        assertThat(DatabaseOutage.isCauseOf(new JpaSystemException(new RuntimeException("Unable to rollback",
                new SQLException("Connection is closed"))))).isTrue();
    }

    @Test
    void refusedValuesAndBugsAreNotAnOutage() {
        assertThat(DatabaseOutage.isCauseOf(new DataIntegrityViolationException("duplicate key",
                new SQLException("duplicate key value violates unique constraint", "23505")))).isFalse();
        assertThat(DatabaseOutage.isCauseOf(new SQLException("invalid byte sequence for encoding \"UTF8\": 0x00", "22021")))
                .isFalse();
        assertThat(DatabaseOutage.isCauseOf(new SQLException("some other failure"))).isFalse();
        assertThat(DatabaseOutage.isCauseOf(new IllegalStateException("a bug"))).isFalse();
    }
}
