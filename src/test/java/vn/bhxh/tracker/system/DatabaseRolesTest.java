package vn.bhxh.tracker.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.bhxh.tracker.support.IntegrationTest;
import vn.bhxh.tracker.support.TestDatabase;

/**
 * The application connects as a role of its own, which the grant callback run after every migration
 * gives rows of every table (those of later migrations too) and no more: only INSERT and SELECT on
 * the audit trail, nothing on Flyway's history, no ownership of anything.
 */
@IntegrationTest
class DatabaseRolesTest {

    /** The application's own connection. */
    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DatabaseRoles roles;

    @Autowired
    TestDatabase database;

    @Test
    void theApplicationConnectsAsARoleOfItsOwnThatOwnsNothing() {
        assertThat(jdbc.queryForObject("SELECT current_user", String.class))
                .isEqualTo(database.application().username())
                .isNotEqualTo(database.owner().username());
        assertThat(jdbc.queryForMap("""
                SELECT rolsuper, rolcreaterole, rolcreatedb, rolbypassrls FROM pg_roles WHERE rolname = current_user"""))
                .containsOnlyKeys("rolsuper", "rolcreaterole", "rolcreatedb", "rolbypassrls")
                .allSatisfy((privilege, held) -> assertThat(held).as(privilege).isEqualTo(false));
        assertThat(jdbc.queryForList("""
                SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = 'public' AND pg_has_role(c.relowner, 'MEMBER')
                UNION ALL
                SELECT p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                WHERE n.nspname = 'public' AND pg_has_role(p.proowner, 'MEMBER')""", String.class))
                .as("tables, sequences, indexes and functions the application's role owns").isEmpty();
        assertThat(roles.applicationRoleCanRewriteAuditTrail()).isFalse();
    }

    @Test
    void theApplicationsRoleReadsAndWritesTheRowsOfEveryTableButTheAuditTrailAndFlywaysHistory() {
        List<Map<String, Object>> tables = jdbc.queryForList("""
                SELECT tablename,
                       has_table_privilege(format('%I', tablename), 'SELECT') AS reads,
                       has_table_privilege(format('%I', tablename), 'INSERT') AS inserts,
                       has_table_privilege(format('%I', tablename), 'UPDATE') AS updates,
                       has_table_privilege(format('%I', tablename), 'DELETE') AS deletes,
                       has_table_privilege(format('%I', tablename), 'TRUNCATE') AS truncates
                FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename""");
        assertThat(tables).hasSizeGreaterThan(20);
        for (Map<String, Object> table : tables) {
            Object name = table.get("tablename");
            Map<String, Object> expected = switch (name.toString()) {
                case "flyway_schema_history" -> privileges(false, false, false, false);
                case "audit_event" -> privileges(true, true, false, false);
                default -> privileges(true, true, true, true);
            };
            assertThat(table).as("%s", name).containsAllEntriesOf(expected).containsEntry("truncates", false);
        }
        assertThat(jdbc.queryForList("""
                SELECT sequencename FROM pg_sequences
                WHERE schemaname = 'public' AND NOT has_sequence_privilege(format('%I', sequencename), 'USAGE')""",
                String.class)).as("sequences the application cannot use").isEmpty();
    }

    @Test
    void anOwnersConnectionIsToldApart() {
        assertThat(new DatabaseRoles(database.asOwner()).applicationRoleCanRewriteAuditTrail()).isTrue();
    }

    private static Map<String, Object> privileges(boolean reads, boolean inserts, boolean updates, boolean deletes) {
        return Map.of("reads", reads, "inserts", inserts, "updates", updates, "deletes", deletes);
    }
}
