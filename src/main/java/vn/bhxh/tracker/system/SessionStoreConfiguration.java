package vn.bhxh.tracker.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/** How Spring Session JDBC writes the sessions' tables (the tables come from Flyway, V25). */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

    /** Two requests of one session (two tabs) saving the same attribute at once: an upsert, not a duplicate key. */
    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer postgreSqlSessionRepositoryCustomizer() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }

    /**
     * A session's row is rewritten only when its id, timeout or user changed, or when its last access
     * moved by a minute or more. Spring Session sets the last access on every request, and each UPDATE
     * committed is a WAL flush (1.5–6 ms on these disks) for every page anyone opens; an UPDATE that
     * matches no row writes nothing. A session thus ends 59 to 60 minutes after its last request
     * rather than exactly 60. Attributes (the signed-in user, the CSRF token, a flash message) are
     * written at once as before, by their own statements.
     */
    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> lastAccessWrittenOnceAMinute() {
        return sessions -> sessions.setUpdateSessionQuery(UPDATE_SESSION);
    }

    /** Spring Session's own statement and parameters, in the same order, with the condition above. */
    static final String UPDATE_SESSION = """
            UPDATE %TABLE_NAME% s
            SET session_id = v.session_id, last_access_time = v.last_access_time,
                max_inactive_interval = v.max_inactive_interval, expiry_time = v.expiry_time, principal_name = v.principal_name
            FROM (SELECT ?::char(36) AS session_id, ?::bigint AS last_access_time, ?::int AS max_inactive_interval,
                         ?::bigint AS expiry_time, ?::varchar(100) AS principal_name) v
            WHERE s.primary_id = ?
              AND (s.session_id <> v.session_id OR s.max_inactive_interval <> v.max_inactive_interval
                   OR s.principal_name IS DISTINCT FROM v.principal_name
                   OR v.last_access_time >= s.last_access_time + 60000)
            """;

    /**
     * Spring Session's transactions (its own, as by default), except that a request that already
     * found the database unreachable does not try to save its session again: Spring Session saves
     * when the page is written and once more at the end, and each try would wait for the pool's
     * whole connection timeout before the outage page could answer.
     */
    @Bean
    TransactionOperations springSessionTransactionOperations(PlatformTransactionManager transactionManager) {
        TransactionTemplate sessionTransactions = new TransactionTemplate(transactionManager);
        sessionTransactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return new TransactionOperations() {
            @Override
            public <T> T execute(TransactionCallback<T> action) {
                if (DatabaseOutage.alreadyFound()) {
                    throw new CannotCreateTransactionException("the database was found unreachable earlier in this request");
                }
                try {
                    return sessionTransactions.execute(action);
                } catch (RuntimeException failure) {
                    if (DatabaseOutage.isCauseOf(failure)) {
                        DatabaseOutage.found();
                    }
                    throw failure;
                }
            }
        };
    }

    /** Spring Boot's own transaction template, which it leaves out once another TransactionOperations exists. */
    @Bean
    TransactionTemplate transactionTemplate(PlatformTransactionManager transactionManager) {
        return new TransactionTemplate(transactionManager);
    }
}
