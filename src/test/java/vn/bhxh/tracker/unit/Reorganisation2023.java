package vn.bhxh.tracker.unit;

import java.time.LocalDateTime;
import java.time.YearMonth;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.bhxh.tracker.support.TestClock;

/**
 * A known reorganisation, written with SQL inside the calling test's transaction (so rolled back after
 * it), in May 2023, before the 2025 steps, among units of the 2021 baseline:
 *
 * <pre>
 * Decision 123/QĐ-BHXH of 10/04/2023 (ADMIN), in effect from 05/2023
 *   1 RENAME H003 "BHXH quận Tây Hồ" (under T01 Hà Nội)  → "BHXH khu vực Tây Hồ"
 *   2 MOVE   H033 "BHXH huyện Xín Mần"  from T02 Hà Giang → T08 Tuyên Quang
 * Decision 45/QĐ-MẪU of 20/04/2023 (SAMPLE, note "Sáp nhập thử nghiệm"), in effect from 05/2023
 *   1 CREATE X23 "BHXH liên huyện Đồng Văn – Mèo Vạc" under T02 Hà Giang
 *   2 MERGE  H026 "BHXH huyện Đồng Văn" → X23
 *   3 MERGE  H027 "BHXH huyện Mèo Vạc"  → X23
 *
 * 04/2023: T02 has 11 district offices (H024, H026…H033 as of 2021, H026, H027 and H033 among them).
 * 05/2023 on: T02 has 11 − 3 (H026, H027 merged; H033 moved away) + 1 (X23) = 9; T08 one more (H033);
 *             H003 is named "BHXH khu vực Tây Hồ"; district offices in force: 2 fewer, 1 more.
 * </pre>
 *
 * Each change splits the version holding 05/2023 at that month, the new version ending where the old one
 * did, so that whatever a later migration recorded after 2023 stays as it was. The tests read "today" as
 * January 2024 ({@link TodayInJanuary2024}), so that the 2025 steps do not enter their figures. A test that
 * commits it (a browser journey) takes it back with {@link #undo()}.
 */
final class Reorganisation2023 {

    static final YearMonth MONTH = YearMonth.of(2023, 5);
    static final YearMonth BEFORE = YearMonth.of(2023, 4);
    static final YearMonth TODAY = YearMonth.of(2024, 1);
    static final int HA_GIANG_DISTRICTS_BEFORE = 11;
    static final int HA_GIANG_DISTRICTS_AFTER = 9;

    final long hanoi;
    final long haGiang;
    final long tuyenQuang;
    final long tayHo;
    final long xinMan;
    final long dongVan;
    final long meoVac;
    final long merged;
    final long renameDecision;
    final long sampleDecision;

    private final JdbcTemplate jdbc;
    /** The versions ended at 05/2023, by id, with where each ended before (null: open). */
    private final Map<Long, java.sql.Date> ended = new LinkedHashMap<>();

    private Reorganisation2023(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        hanoi = idOf("T01");
        haGiang = idOf("T02");
        tuyenQuang = idOf("T08");
        tayHo = idOf("H003");
        xinMan = idOf("H033");
        dongVan = idOf("H026");
        meoVac = idOf("H027");
        renameDecision = decision("123/QĐ-BHXH", "2023-04-10", "ADMIN", null);
        sampleDecision = decision("45/QĐ-MẪU", "2023-04-20", "SAMPLE", "Sáp nhập thử nghiệm");

        change(renameDecision, 1, "RENAME", tayHo, null, "BHXH khu vực Tây Hồ", null);
        startVersion(tayHo, "BHXH khu vực Tây Hồ", "DISTRICT", hanoi, renameDecision);
        change(renameDecision, 2, "MOVE", xinMan, null, null, tuyenQuang);
        startVersion(xinMan, "BHXH huyện Xín Mần", "DISTRICT", tuyenQuang, renameDecision);

        merged = jdbc.queryForObject("""
                INSERT INTO unit (code) VALUES ('X23') RETURNING id""", Long.class);
        jdbc.update("""
                INSERT INTO unit_version (unit_id, valid_from, name, level, parent_id, reorganisation_id)
                VALUES (?, DATE '2023-05-01', 'BHXH liên huyện Đồng Văn – Mèo Vạc', 'DISTRICT', ?, ?)""",
                merged, haGiang, sampleDecision);
        change(sampleDecision, 1, "CREATE", merged, null, "BHXH liên huyện Đồng Văn – Mèo Vạc", haGiang);
        int line = 2;
        for (long predecessor : new long[] {dongVan, meoVac}) {
            change(sampleDecision, line++, "MERGE", predecessor, merged, null, null);
            endVersionHolding(predecessor);
            jdbc.update("""
                    INSERT INTO unit_succession (predecessor_id, successor_id, effective_on, reorganisation_id)
                    VALUES (?, ?, DATE '2023-05-01', ?)""", predecessor, merged, sampleDecision);
        }
    }

    /** Writes the reorganisation; call inside a test's transaction. */
    static Reorganisation2023 apply(JdbcTemplate jdbc) {
        return new Reorganisation2023(jdbc);
    }

    /** Takes the reorganisation back: the units as they were before {@link #apply}. */
    void undo() {
        for (String table : new String[] {"unit_succession", "reorganisation_change", "unit_version"}) {
            jdbc.update("DELETE FROM " + table + " WHERE reorganisation_id IN (?, ?)", renameDecision, sampleDecision);
        }
        ended.forEach((version, until) -> jdbc.update("UPDATE unit_version SET valid_to = ? WHERE id = ?", until, version));
        jdbc.update("DELETE FROM unit WHERE id = ?", merged);
        jdbc.update("DELETE FROM reorganisation WHERE id IN (?, ?)", renameDecision, sampleDecision);
    }

    /** "Today" is 15 January 2024 during each test of the class that extends with it. */
    static final class TodayInJanuary2024 implements BeforeEachCallback, AfterEachCallback {

        @Override
        public void beforeEach(ExtensionContext context) {
            TestClock.INSTANCE.freezeAt(LocalDateTime.of(2024, 1, 15, 10, 0));
        }

        @Override
        public void afterEach(ExtensionContext context) {
            TestClock.INSTANCE.reset();
        }
    }

    private long idOf(String code) {
        return jdbc.queryForObject("SELECT id FROM unit WHERE code = ?", Long.class, code);
    }

    private long decision(String number, String decidedOn, String source, String note) {
        return jdbc.queryForObject("""
                INSERT INTO reorganisation (decision_number, decided_on, effective_month, note, source, applied_at)
                VALUES (?, CAST(? AS date), DATE '2023-05-01', ?, ?, TIMESTAMPTZ '2023-04-25 09:00:00+07') RETURNING id""",
                Long.class, number, decidedOn, note, source);
    }

    private void change(long reorganisation, int line, String kind, long unit, Long successor, String newName, Long newParent) {
        jdbc.update("""
                INSERT INTO reorganisation_change (reorganisation_id, line, kind, unit_id, successor_id, new_name, new_parent_id)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", reorganisation, line, kind, unit, successor, newName, newParent);
    }

    /** Ends the version holding 05/2023 there and starts one from 05/2023 to where it ended. */
    private void startVersion(long unit, String name, String level, long parent, long reorganisation) {
        java.sql.Date until = endVersionHolding(unit);
        jdbc.update("""
                INSERT INTO unit_version (unit_id, valid_from, valid_to, name, level, parent_id, reorganisation_id)
                VALUES (?, DATE '2023-05-01', ?, ?, ?, ?, ?)""", unit, until, name, level, parent, reorganisation);
    }

    /** Ends the unit's version holding 05/2023 before that month; answers where it ended before (null: open). */
    private java.sql.Date endVersionHolding(long unit) {
        Map<String, Object> version = jdbc.queryForMap("""
                WITH holding AS (SELECT id, valid_to FROM unit_version
                                 WHERE unit_id = ? AND month_span_holds(valid_from, valid_to, DATE '2023-05-01'))
                UPDATE unit_version v SET valid_to = DATE '2023-05-01' FROM holding
                WHERE v.id = holding.id RETURNING v.id, holding.valid_to""", unit);
        java.sql.Date until = (java.sql.Date) version.get("valid_to");
        ended.put(((Number) version.get("id")).longValue(), until);
        return until;
    }
}
