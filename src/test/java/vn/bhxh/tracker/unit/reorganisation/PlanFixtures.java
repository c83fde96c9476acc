package vn.bhxh.tracker.unit.reorganisation;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

import vn.bhxh.tracker.system.Actor;

/**
 * A small tree of units of their own for the reorganisation tests, so that they depend neither on the
 * 2021 units nor on the 2025 reorganisations loaded later: two provincial offices under the agency
 * ({@code VN}), both in force from a year before the clock's month (12/2025 on the test clock's 3 December
 * 2026), with their district offices:
 * <pre>
 * VN  Bảo hiểm xã hội Việt Nam (AGENCY)
 * ├── ZQT1  BHXH tỉnh Thử Một (PROVINCE)
 * │   ├── ZQH11  BHXH huyện Một Một (DISTRICT)
 * │   ├── ZQH12  BHXH huyện Một Hai (DISTRICT)
 * │   └── ZQH13  BHXH huyện Một Ba (DISTRICT)
 * └── ZQT2  BHXH tỉnh Thử Hai (PROVINCE)
 *     └── ZQH21  BHXH huyện Hai Một (DISTRICT)
 * </pre>
 * Every code a test gives starts with {@code ZQ}, every decision number too, so that {@link #remove}
 * finds what a test that commits left behind.
 */
public final class PlanFixtures {

    static final List<String> CODES = List.of("ZQT1", "ZQH11", "ZQH12", "ZQH13", "ZQT2", "ZQH21");

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public PlanFixtures(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Creates the tree above; answers the units' ids by code. */
    public Map<String, Long> create() {
        Map<String, Long> ids = new LinkedHashMap<>();
        Long agency = jdbc.queryForObject("SELECT id FROM unit WHERE code = 'VN'", Long.class);
        ids.put("ZQT1", unit("ZQT1", "BHXH tỉnh Thử Một", "PROVINCE", agency));
        ids.put("ZQH11", unit("ZQH11", "BHXH huyện Một Một", "DISTRICT", ids.get("ZQT1")));
        ids.put("ZQH12", unit("ZQH12", "BHXH huyện Một Hai", "DISTRICT", ids.get("ZQT1")));
        ids.put("ZQH13", unit("ZQH13", "BHXH huyện Một Ba", "DISTRICT", ids.get("ZQT1")));
        ids.put("ZQT2", unit("ZQT2", "BHXH tỉnh Thử Hai", "PROVINCE", agency));
        ids.put("ZQH21", unit("ZQH21", "BHXH huyện Hai Một", "DISTRICT", ids.get("ZQT2")));
        return ids;
    }

    private long unit(String code, String name, String level, Long parentId) {
        Date since = Date.valueOf(since().atDay(1));
        Long id = jdbc.queryForObject("""
                INSERT INTO unit (code) VALUES (?) RETURNING id""", Long.class, code);
        jdbc.update("INSERT INTO unit_version (unit_id, valid_from, name, level, parent_id) VALUES (?, ?, ?, ?, ?)",
                id, since, name, level, parentId);
        return id;
    }

    /** The first month of the tree: a year before the clock's, so that any run's next month finds it in force. */
    YearMonth since() {
        return YearMonth.now(clock).minusYears(1);
    }

    /** The demo administrator, as the pages' principal gives the actor. */
    Actor admin() {
        Long id = jdbc.queryForObject("SELECT id FROM user_account WHERE username = 'admin'", Long.class);
        return new TestActor(id, "Quản trị hệ thống");
    }

    record TestActor(Long id, String fullName) implements Actor {
    }

    /** The clock's month (12/2026 on the test clock's 3 December 2026): the first month open for a plan. */
    public YearMonth thisMonth() {
        return YearMonth.now(clock);
    }

    /** The month after the clock's (01/2027 on the test clock's 3 December 2026): open for a plan. */
    public YearMonth nextMonth() {
        return YearMonth.now(clock).plusMonths(1);
    }

    /** The units in force in a month, as SQL's unit_tree gives them: code to "name | level | parent's code". */
    public Map<String, String> tree(YearMonth month, String codePrefix) {
        Map<String, String> tree = new LinkedHashMap<>();
        jdbc.query("""
                SELECT t.code, t.name, t.level, p.code AS parent FROM unit_tree(?) t LEFT JOIN unit p ON p.id = t.parent_id
                WHERE t.code LIKE ? ORDER BY t.code""", rs -> {
            tree.put(rs.getString("code"), rs.getString("name") + " | " + rs.getString("level") + " | " + rs.getString("parent"));
        }, Date.valueOf(month.atDay(1)), codePrefix + "%");
        return tree;
    }

    /** A line of a plan, its values in the file's order: kind, old code, new code, new name, new parent code, level. */
    static PlanLine line(String... values) {
        String[] all = Arrays.copyOf(values, PlanLine.COLUMNS.length);
        for (int i = 0; i < all.length; i++) {
            all[i] = all[i] == null ? "" : all[i];
        }
        return PlanLine.of(0, all);
    }

    /** A plan of the administrator's, for the month, with these lines, not applied: its id. */
    static long planned(ReorganisationPlans plans, Actor actor, String number, YearMonth month, PlanLine... lines) {
        long plan = plans.start(actor);
        plans.saveHeader(plan, new PlanHeader(number, decidedOn(), month), actor);
        for (PlanLine line : lines) {
            plans.addLine(plan, line, actor);
        }
        return plan;
    }

    /** A report of the unit for the month, in this state, inserted as reporting keeps it (its period opened if need be). */
    void report(long unitId, YearMonth month, String state) {
        Date first = Date.valueOf(month.atDay(1));
        jdbc.update("INSERT INTO reporting_period (month, deadline_date) VALUES (?, ?) ON CONFLICT (month) DO NOTHING",
                first, Date.valueOf(month.plusMonths(1).atDay(5)));
        Long admin = admin().id();
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.update("""
                INSERT INTO self_assessment (unit_id, period_id, checklist_version_id, state, first_submitted_at, created_at,
                                             created_by_id, updated_at, updated_by_id)
                SELECT ?, p.id, checklist_version_in_force(p.month), ?, CASE WHEN ? = 'DRAFT' THEN NULL ELSE ?::timestamptz END,
                       ?, ?, ?, ?
                FROM reporting_period p WHERE p.month = ?""", unitId, state, state, now, now, admin, now, admin, first);
    }

    /**
     * Removes what a test that commits left: plans and reorganisations numbered {@code ZQ…} (the open items
     * they left or settled, opened again, and their people's row), and units coded {@code ZQ…} with their
     * versions and successions (their users first, by the caller).
     */
    public void remove() {
        jdbc.update("DELETE FROM reorganisation_plan WHERE decision_number LIKE 'ZQ%' OR reorganisation_id IN "
                + "(SELECT id FROM reorganisation WHERE decision_number LIKE 'ZQ%')");
        String units = "(SELECT id FROM unit WHERE code LIKE 'ZQ%')";
        String decisions = "(SELECT id FROM reorganisation WHERE decision_number LIKE 'ZQ%')";
        jdbc.update("DELETE FROM reorganisation_open_item WHERE reorganisation_id IN " + decisions + " OR unit_id IN " + units);
        jdbc.update("UPDATE reorganisation_open_item SET resolved_at = NULL, resolved_by_reorganisation_id = NULL "
                + "WHERE resolved_by_reorganisation_id IN " + decisions);
        jdbc.update("DELETE FROM reorganisation_people WHERE reorganisation_id IN " + decisions);
        jdbc.update("DELETE FROM self_assessment WHERE unit_id IN " + units);
        jdbc.update("DELETE FROM unit_succession WHERE predecessor_id IN " + units + " OR successor_id IN " + units);
        jdbc.update("DELETE FROM reorganisation_change WHERE reorganisation_id IN (SELECT id FROM reorganisation WHERE decision_number LIKE 'ZQ%')");
        jdbc.update("DELETE FROM unit_version WHERE unit_id IN " + units);
        jdbc.update("DELETE FROM reorganisation WHERE decision_number LIKE 'ZQ%'");
        jdbc.update("DELETE FROM unit WHERE code LIKE 'ZQ%'");
    }

    static LocalDate decidedOn() {
        return LocalDate.of(2026, 11, 20);
    }
}
