package vn.bhxh.tracker.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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
