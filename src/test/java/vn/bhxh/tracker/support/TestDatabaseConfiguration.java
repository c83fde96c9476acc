package vn.bhxh.tracker.support;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The one place that decides where tests find PostgreSQL: the database named by
 * {@code TRACKER_TEST_DB_URL} (bin/test prepares one on the local server when no Docker engine
 * answers), or else a Testcontainers PostgreSQL. Both are real PostgreSQL; there is no third way.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

    static final String URL_VARIABLE = "TRACKER_TEST_DB_URL";

    @Bean
    @Conditional(ExternalDatabase.class)
    JdbcConnectionDetails externalDatabase() {
        String url = System.getenv(URL_VARIABLE);
        String username = System.getenv("TRACKER_TEST_DB_USERNAME");
        String password = System.getenv("TRACKER_TEST_DB_PASSWORD");
        return new JdbcConnectionDetails() {
            @Override
            public String getJdbcUrl() {
                return url;
            }

            @Override
            public String getUsername() {
                return username;
            }

            @Override
            public String getPassword() {
                return password;
            }
        };
    }

    @Bean
    @ServiceConnection
    @Conditional(NoExternalDatabase.class)
    PostgreSQLContainer postgresContainer() {
        if (!DockerClientFactory.instance().isDockerAvailable()) {
            throw new IllegalStateException("No Docker engine answers and " + URL_VARIABLE + " is not set: run the"
                    + " tests with bin/test, which prepares a database on the local PostgreSQL server.");
        }
        return new PostgreSQLContainer("postgres:15-alpine");
    }

    static class ExternalDatabase implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String url = System.getenv(URL_VARIABLE);
            return url != null && !url.isBlank();
        }
    }

    static class NoExternalDatabase implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !new ExternalDatabase().matches(context, metadata);
        }
    }
}
