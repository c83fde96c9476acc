package vn.bhxh.tracker.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.bhxh.tracker.support.IntegrationTest;
import vn.bhxh.tracker.support.TestDatabase;

/**
 * People follow the 2025 reorganisations (V30): on a database of its own, migrated to V29, a few
 * accounts are placed as a deployment of 2024 would have them, then V30 runs. The director of Hà
 * Giang's office (T02, merged into T08 in 04/2025) and a user of Lào Cai's (T10, merged into T15)
 * move to the office their own merged into, each with an audit event, and the moved director's
 * session ends; Tuyên Quang's own director and a district office's leader stay where they were; a
 * user of Vụ Hợp tác quốc tế (TW-HTQT, closed in 03/2025 with no successor named) stays and is listed
 * for the administrator.
 */
@IntegrationTest
class Reorganisations2025PeopleTest {

    @Autowired
    TestDatabase database;

    @Test
    void accountsOfAMergedOfficeMoveToItsRegionWithAnAuditEventAndThoseOfAClosedUnitAreListedNotMoved() {
        TestDatabase before = database.emptySibling("v29");
        try {
            migrate(before, "29");
            JdbcTemplate jdbc = before.asOwner();
            account(jdbc, "giamdoc.hagiang", "T02", "HEAD");
            account(jdbc, "chuyenvien.laocai", "T10", null);
            account(jdbc, "giamdoc.tuyenquang", "T08", "HEAD");
            account(jdbc, "giamdoc.vixuyen", "H030", "HEAD");
            account(jdbc, "chuyenvien.htqt", "TW-HTQT", null);
            jdbc.update("INSERT INTO user_account_role (user_account_id, role) SELECT id, 'PROVINCE_DIRECTOR' FROM user_account WHERE username = 'giamdoc.hagiang'");
            session(jdbc, "giamdoc.hagiang");
            session(jdbc, "giamdoc.tuyenquang");

            migrate(before, null);

            assertThat(jdbc.queryForList("""
                    SELECT a.username || ' ' || u.code || ' v' || a.version FROM user_account a JOIN unit u ON u.id = a.unit_id
                    ORDER BY a.username""", String.class))
                    .containsExactly("chuyenvien.htqt TW-HTQT v0", "chuyenvien.laocai T15 v1", "giamdoc.hagiang T08 v1",
                            "giamdoc.tuyenquang T08 v0", "giamdoc.vixuyen H030 v0");
            assertThat(jdbc.queryForList("""
                    SELECT r.role FROM user_account_role r JOIN user_account a ON a.id = r.user_account_id
                    WHERE a.username = 'giamdoc.hagiang'""", String.class)).containsExactly("PROVINCE_DIRECTOR");

            List<Map<String, Object>> events = jdbc.queryForList("""
                    SELECT a.username, e.actor_id, e.actor_name, e.action, e.target_type, e.details
                    FROM audit_event e JOIN user_account a ON a.id = e.target_id ORDER BY a.username""");
            assertThat(events).extracting(e -> e.get("username") + " " + e.get("actor_id") + " " + e.get("actor_name") + " "
                            + e.get("action") + " " + e.get("target_type"))
                    .containsExactly("chuyenvien.laocai null Flyway V30 UNIT_CHANGED_BY_REORGANISATION USER_ACCOUNT",
                            "giamdoc.hagiang null Flyway V30 UNIT_CHANGED_BY_REORGANISATION USER_ACCOUNT");
            assertThat(events.get(1).get("details").toString().replace(" ", ""))
                    .isEqualTo("{\"fromUnit\":\"T02\",\"toUnit\":\"T08\",\"decision\":\"391/QĐ-BTC\",\"effectiveMonth\":\"2025-04\"}");

            assertThat(jdbc.queryForList("SELECT principal_name FROM spring_session", String.class))
                    .containsExactly("giamdoc.tuyenquang");

            assertThat(jdbc.queryForList("""
                    SELECT i.kind || ' ' || u.code || ' ' || coalesce(a.username, '-') || ' ' || r.effective_month
                    FROM reorganisation_open_item i JOIN unit u ON u.id = i.unit_id
                    JOIN reorganisation r ON r.id = i.reorganisation_id LEFT JOIN user_account a ON a.id = i.user_account_id
                    WHERE i.kind <> 'AWAITING_LOCAL_OFFICE' ORDER BY i.kind DESC, u.code""", String.class))
                    .containsExactly("USER_IN_CLOSED_UNIT TW-HTQT chuyenvien.htqt 2025-03-01",
                            "CLOSED_WITHOUT_SUCCESSOR TW-HTQT - 2025-03-01", "CLOSED_WITHOUT_SUCCESSOR TW-KHDT - 2025-03-01",
                            "CLOSED_WITHOUT_SUCCESSOR TW-TDKT - 2025-03-01");
        } finally {
            before.drop();
        }
    }

    /** Migrates the database as its owner up to a version (null: every migration), granting no second role. */
    private static void migrate(TestDatabase target, String version) {
        var configuration = Flyway.configure()
                .dataSource(target.jdbcUrl(), target.owner().username(), target.owner().password())
                .locations("classpath:db/migration")
                .placeholders(Map.of("app_role", ""));
        if (version != null) {
            configuration.target(version);
        }
        configuration.load().migrate();
    }

    private static void account(JdbcTemplate jdbc, String username, String unitCode, String position) {
        jdbc.update("""
                INSERT INTO user_account (username, full_name, email, unit_id, position, password_hash)
                SELECT ?, ?, ? || '@example.invalid', id, ?, 'x' FROM unit WHERE code = ?""",
                username, "Người dùng " + username, username, position, unitCode);
    }

    private static void session(JdbcTemplate jdbc, String username) {
        jdbc.update("""
                INSERT INTO spring_session (primary_id, session_id, creation_time, last_access_time, max_inactive_interval,
                                            expiry_time, principal_name)
                VALUES (gen_random_uuid()::text, gen_random_uuid()::text, 0, 0, 3600, 3600000, ?)""", username);
    }
}
