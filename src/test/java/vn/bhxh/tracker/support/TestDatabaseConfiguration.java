package vn.bhxh.tracker.support;

import org.springframework.boot.flyway.autoconfigure.FlywayConnectionDetails;
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
import org.testcontainers.utility.MountableFile;

/**
 * The one place that decides where tests find PostgreSQL: the database named by
 * {@code TRACKER_TEST_DB_URL} (bin/test prepares one on the local server when no Docker engine
 * answers), or else a Testcontainers PostgreSQL. Both are real PostgreSQL; there is no third way.
 * As in production, Flyway migrates as the schema's owner and the application connects as a role
 * of its own ({@link TestDatabase} has both).
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

    static final String URL_VARIABLE = "TRACKER_TEST_DB_URL";

    @Bean
    @Conditional(ExternalDatabase.class)
    TestDatabase externalDatabase() {
        return TestDatabase.external(System.getenv(URL_VARIABLE),
                new TestDatabase.Login(System.getenv("TRACKER_TEST_DB_OWNER_USERNAME"), System.getenv("TRACKER_TEST_DB_OWNER_PASSWORD")),
                new TestDatabase.Login(System.getenv("TRACKER_TEST_DB_USERNAME"), System.getenv("TRACKER_TEST_DB_PASSWORD")));
    }

    /** Flyway: the container's superuser, who owns the database. */
    @Bean
    @ServiceConnection(type = FlywayConnectionDetails.class)
    @Conditional(NoExternalDatabase.class)
    PostgreSQLContainer postgresContainer() {
        if (!DockerClientFactory.instance().isDockerAvailable()) {
            throw new IllegalStateException("No Docker engine answers and " + URL_VARIABLE + " is not set: run the"
                    + " tests with bin/test, which prepares a database on the local PostgreSQL server.");
        }
        // the same script that creates Docker Compose's application role
        return new PostgreSQLContainer("postgres:15-alpine")
                .withEnv("TRACKER_APP_DB_USER", TestDatabase.CONTAINER_APPLICATION.username())
                .withEnv("TRACKER_APP_DB_PASSWORD", TestDatabase.CONTAINER_APPLICATION.password())
                .withCopyFileToContainer(MountableFile.forHostPath("docker/db/create-app-role.sh", 0755),
                        "/docker-entrypoint-initdb.d/create-app-role.sh");
    }

    @Bean
    @Conditional(NoExternalDatabase.class)
    TestDatabase containerDatabase(PostgreSQLContainer postgresContainer) {
        return TestDatabase.container(postgresContainer);
    }

    /** The application: its own role, never the owner. */
    @Bean
    JdbcConnectionDetails applicationConnection(TestDatabase database) {
        return new JdbcConnectionDetails() {
            @Override
            public String getJdbcUrl() {
                return database.jdbcUrl();
            }

            @Override
            public String getUsername() {
                return database.application().username();
            }

            @Override
            public String getPassword() {
                return database.application().password();
            }
        };
    }

    /** Flyway on a database of one's own: its owner (or the application's role, when no owner is given). */
    @Bean
    @Conditional(ExternalDatabase.class)
    FlywayConnectionDetails ownerConnection(TestDatabase database) {
        return new FlywayConnectionDetails() {
            @Override
            public String getJdbcUrl() {
                return database.jdbcUrl();
            }

            @Override
            public String getUsername() {
                return database.owner().username();
            }

            @Override
            public String getPassword() {
                return database.owner().password();
            }
        };
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
