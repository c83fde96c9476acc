package vn.bhxh.tracker.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.bhxh.tracker.support.IntegrationTest;
import vn.bhxh.tracker.support.TestDatabase;

/**
 * The audit trail is append-only against the application itself: its database role may add and read
 * events, and nothing else, neither to the rows nor to the table, its trigger, trigger function,
 * index or sequence. Every attempt runs in a transaction that is rolled back, so a failing test
 * leaves the trail as it was.
 */
@IntegrationTest
class AuditTrailPrivilegesTest {

    /** The application's own connection, as its services use it. */
    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    AuditLog auditLog;

    @Autowired
    TestDatabase database;

    @Test
    void theApplicationsRoleCanAppendEventsAndReadThem() {
        TransactionTemplate rolledBack = new TransactionTemplate(transactionManager);
        rolledBack.executeWithoutResult(status -> {
            auditLog.record(null, "Kiểm thử", "CREATED", "PRIVILEGE_TEST", 1L, Map.of("note", "thử"));
            jdbc.update("""
                    INSERT INTO audit_event (occurred_at, actor_name, action, target_type, target_id)
                    VALUES (now(), 'Kiểm thử', 'SUBMITTED', 'PRIVILEGE_TEST', 1)""");
            assertThat(auditLog.eventsOf("PRIVILEGE_TEST", 1L)).extracting(AuditEntry::action)
                    .containsExactlyInAnyOrder("CREATED", "SUBMITTED");
            status.setRollbackOnly();
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "UPDATE audit_event SET action = action",
            "DELETE FROM audit_event",
            "TRUNCATE audit_event",
            "ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update_or_delete",
            "ALTER TABLE audit_event DISABLE TRIGGER ALL",
            "ALTER TABLE audit_event ADD COLUMN erased boolean",
            "ALTER TABLE audit_event ENABLE ROW LEVEL SECURITY",
            "ALTER TABLE audit_event OWNER TO CURRENT_USER",
            "ALTER TABLE audit_event RENAME TO audit_event_old",
            "COMMENT ON TABLE audit_event IS 'rewritten'",
            "DROP TRIGGER audit_event_no_update_or_delete ON audit_event",
            "DROP TRIGGER audit_event_no_truncate ON audit_event",
            "CREATE TRIGGER rewrite BEFORE INSERT ON audit_event FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only()",
            "CREATE RULE forget AS ON INSERT TO audit_event DO INSTEAD NOTHING",
            "DROP TABLE audit_event",
            "DROP INDEX audit_event_target_idx",
            "DROP FUNCTION audit_event_is_append_only() CASCADE",
            "ALTER FUNCTION audit_event_is_append_only() RENAME TO allow_everything",
            "CREATE OR REPLACE FUNCTION audit_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$",
            "SELECT setval('audit_event_id_seq', 1)",
            "ALTER SEQUENCE audit_event_id_seq RESTART",
            "DROP SEQUENCE audit_event_id_seq CASCADE",
            "SET session_replication_role = replica",
    })
    void theApplicationsRoleIsRefused(String statement) {
        assertThatThrownBy(() -> rolledBack(jdbc, transactionManager, statement))
                .rootCause()
                .isInstanceOf(SQLException.class)
                // refused for want of a privilege or of ownership, before any trigger is asked
                .hasMessageNotContaining("append-only")
                .satisfies(refusal -> assertThat(((SQLException) refusal).getSQLState()).isEqualTo("42501"));
    }

    @Test
    void grantingItselfMoreChangesNothing() {
        rolledBack(jdbc, transactionManager, "GRANT UPDATE, DELETE, TRUNCATE ON audit_event TO CURRENT_USER");
        assertThat(jdbc.queryForObject("""
                SELECT has_table_privilege('audit_event', 'UPDATE') OR has_table_privilege('audit_event', 'DELETE')
                    OR has_table_privilege('audit_event', 'TRUNCATE')""", Boolean.class)).isFalse();
    }

    @Test
    void theTriggersStillRefuseChangesToTheTrailsOwner() {
        JdbcTemplate owner = database.asOwner();
        DataSourceTransactionManager ownerTransactions = new DataSourceTransactionManager(owner.getDataSource());
        assertThat(owner.queryForList("""
                SELECT tgname FROM pg_trigger WHERE tgrelid = 'audit_event'::regclass AND tgenabled = 'O' AND NOT tgisinternal
                ORDER BY tgname""", String.class))
                .containsExactly("audit_event_no_truncate", "audit_event_no_update_or_delete");
        String oneEvent = """
                INSERT INTO audit_event (occurred_at, actor_name, action, target_type, target_id)
                VALUES (now(), 'Kiểm thử', 'CREATED', 'PRIVILEGE_TEST', 2)""";
        for (String statement : new String[] {"UPDATE audit_event SET action = action", "DELETE FROM audit_event",
                "TRUNCATE audit_event"}) {
            assertThatThrownBy(() -> rolledBack(owner, ownerTransactions, oneEvent, statement))
                    .rootCause().hasMessageContaining("append-only");
        }
    }

    private static void rolledBack(JdbcTemplate jdbc, PlatformTransactionManager transactions, String... statements) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            status.setRollbackOnly();
            for (String statement : statements) {
                jdbc.execute(statement);
            }
        });
    }
}
