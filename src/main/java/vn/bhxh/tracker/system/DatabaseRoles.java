package vn.bhxh.tracker.system;

import java.util.HashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two database roles: Flyway migrates as the schema's owner ({@code spring.flyway.user}), the
 * application reads and writes rows as a role of its own ({@code spring.datasource.username}), which
 * the callback {@code db/migration/afterMigrate__grant_application_role.sql} grants what it needs
 * after every migration. Owning nothing, the application's role cannot rewrite the audit trail. A
 * deployment that still connects with one role keeps working, with a warning at every start.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseRoles {

    static final String APPLICATION_ROLE_PLACEHOLDER = "app_role";

    private static final Logger log = LoggerFactory.getLogger(DatabaseRoles.class);

    private final JdbcTemplate jdbc;

    DatabaseRoles(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Tells the grant callback whom to grant: the role of the application's own connection. Static, so
     * that Flyway does not wait for this class's JdbcTemplate, which itself waits for Flyway.
     */
    @Bean
    static FlywayConfigurationCustomizer applicationRolePlaceholder(ObjectProvider<JdbcConnectionDetails> connection) {
        return configuration -> {
            JdbcConnectionDetails details = connection.getIfAvailable();
            String role = details == null || details.getUsername() == null ? "" : details.getUsername();
            Map<String, String> placeholders = new HashMap<>(configuration.getPlaceholders());
            placeholders.put(APPLICATION_ROLE_PLACEHOLDER, role);
            configuration.placeholders(placeholders);
        };
    }

    @EventListener(ApplicationReadyEvent.class)
    void warnIfTheAuditTrailIsUnprotected() {
        if (applicationRoleCanRewriteAuditTrail()) {
            log.warn("The application connects to PostgreSQL as a role that can rewrite the audit trail (its owner,"
                    + " a member of the owner, or a superuser). Let Flyway migrate as the owner (SPRING_FLYWAY_USER,"
                    + " SPRING_FLYWAY_PASSWORD) and the application connect as a role of its own: docs/operations.md,"
                    + " \"Two database roles\".");
        }
    }

    /** Whether this connection could change or remove audit events, by privilege or by owning the table. */
    boolean applicationRoleCanRewriteAuditTrail() {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                SELECT pg_has_role(c.relowner, 'MEMBER')
                    OR has_table_privilege(c.oid, 'UPDATE') OR has_table_privilege(c.oid, 'DELETE')
                    OR has_table_privilege(c.oid, 'TRUNCATE') OR has_table_privilege(c.oid, 'TRIGGER')
                FROM pg_class c WHERE c.oid = 'audit_event'::regclass""", Boolean.class));
    }
}
