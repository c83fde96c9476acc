package vn.bhxh.tracker.support;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.bhxh.tracker.reporting.ReportingPeriods;

/**
 * The made-up reorganisations of 2023 the tests of units in time share, each written with SQL as a
 * decision would leave it, splitting versions the same way ({@link #endVersionHolding}): this class is
 * the one of 06/2023 with its reports, for the figures, reminders and reports of a month's tree;
 * {@link May} the one of 05/2023, for the unit pages and lookups.
 * <p>
 * A made-up reorganisation taking effect in 06/2023, written as an administrator's decision would
 * leave it (V29: a decision, its lines, the versions it ended and started, a succession), for tests
 * that count a month on its own tree. Apply it inside a test's transaction: it is rolled back with it.
 * <ul>
 * <li>BHXH quận Hoàn Kiếm (H002, Hà Nội) merges into BHXH quận Ba Đình (H001): its version ends with
 *     05/2023, and a succession H002 → H001 is recorded.</li>
 * <li>BHXH quận Nam Từ Liêm (H019) moves from Hà Nội (T01) to Hà Giang (T02): a new version under T02
 *     from 06/2023, same name.</li>
 * <li>BHXH tỉnh Tuyên Quang (T08) is renamed {@value #NEW_NAME}: a new version from 06/2023.</li>
 * </ul>
 * <p>
 * The 2021 baseline has 10 central units, 63 provincial offices and 705 district offices, 778 units
 * that report (the agency does not). Hà Nội has its office and 30 district offices, Hà Giang its
 * office and 11, Tuyên Quang its office and 7 (H070–H076).
 * <pre>
 *                       05/2023                  06/2023
 * central                    10                       10
 * provincial                 63                       63
 * district                  705                      704   (H002 merged)
 * all                       778                      777
 * Hà Nội (T01)         1 + 30 = 31         1 + 28 = 29       (H002 merged, H019 moved out)
 * Hà Giang (T02)       1 + 11 = 12         1 + 12 = 13       (H019 moved in)
 * Tuyên Quang (T08)     1 + 7 = 8           1 + 7 = 8        (renamed)
 * </pre>
 * Reports (the first checklist version's seven duties; deadlines the 5th of the next month):
 * <pre>
 * H019  05/2023  submitted 03/06/2023, on time, 7 of 7 duties done   (under Hà Nội)
 * H019  06/2023  a draft, so missing                                  (under Hà Giang)
 * H070  05/2023  submitted 04/06/2023, on time, 6 done, 1 partial     (under Tuyên Quang)
 * H070  06/2023  submitted 08/07/2023, late, 7 done                   (under the renamed office)
 * T08   05/2023  submitted 02/06/2023, on time, 7 done
 * </pre>
 * So Hà Giang's 06/2023: 13 expected, 0 on time, 13 missing; its year to 06/2023 (every month of
 * 2023 up to June open): 5 × 12 + 13 = 73 unit-months; Hà Nội's 5 × 31 + 29 = 184; the country's
 * 5 × 778 + 777 = 4,667.
 */
public final class Reorganisation2023 {

    public static final YearMonth BEFORE = YearMonth.of(2023, 5);
    public static final YearMonth AFTER = YearMonth.of(2023, 6);
    public static final String NEW_NAME = "BHXH tỉnh Tuyên Quang (tên mới, thử nghiệm)";
    public static final String OLD_NAME = "BHXH tỉnh Tuyên Quang";
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final JdbcTemplate jdbc;
    public final long haNoi;
    public final long haGiang;
    public final long tuyenQuang;
    public final long baDinh;
    public final long hoanKiem;
    public final long namTuLiem;
    public final long tuyenQuangCity;
    /** The reports above: H019's of 05/2023 and 06/2023, H070's, T08's of 05/2023. */
    public final long namTuLiemMay;
    public final long namTuLiemJune;
    public final long tuyenQuangCityMay;
    public final long tuyenQuangCityJune;
    public final long tuyenQuangMay;

    private Reorganisation2023(JdbcTemplate jdbc, ReportingPeriods periods) {
        this.jdbc = jdbc;
        haNoi = id("T01");
        haGiang = id("T02");
        tuyenQuang = id("T08");
        baDinh = id("H001");
        hoanKiem = id("H002");
        namTuLiem = id("H019");
        tuyenQuangCity = id("H070");
        for (int month = 1; month <= 6; month++) {
            periods.open(YearMonth.of(2023, month));
        }
        long decision = jdbc.queryForObject("""
                INSERT INTO reorganisation (decision_number, decided_on, effective_month, note, source, applied_at)
                VALUES ('999/QĐ-THỬ', DATE '2023-05-15', DATE '2023-06-01', 'Quyết định giả định cho kiểm thử', 'ADMIN', now())
                RETURNING id""", Long.class);
        jdbc.update("""
                INSERT INTO reorganisation_change (reorganisation_id, line, kind, unit_id, successor_id, new_name, new_parent_id)
                VALUES (?, 1, 'MERGE', ?, ?, NULL, NULL), (?, 2, 'MOVE', ?, NULL, NULL, ?), (?, 3, 'RENAME', ?, NULL, ?, NULL)""",
                decision, hoanKiem, baDinh, decision, namTuLiem, haGiang, decision, tuyenQuang, NEW_NAME);
        endVersion(hoanKiem);
        jdbc.update("""
                INSERT INTO unit_succession (predecessor_id, successor_id, effective_on, reorganisation_id)
                VALUES (?, ?, DATE '2023-06-01', ?)""", hoanKiem, baDinh, decision);
        LocalDate namTuLiemEnd = endVersion(namTuLiem);
        jdbc.update("""
                INSERT INTO unit_version (unit_id, valid_from, valid_to, name, level, parent_id, reorganisation_id)
                SELECT unit_id, DATE '2023-06-01', ?, name, level, ?, ? FROM unit_version
                WHERE unit_id = ? AND valid_to = DATE '2023-06-01'""", namTuLiemEnd, haGiang, decision, namTuLiem);
        LocalDate tuyenQuangEnd = endVersion(tuyenQuang);
        jdbc.update("""
                INSERT INTO unit_version (unit_id, valid_from, valid_to, name, level, parent_id, reorganisation_id)
                SELECT unit_id, DATE '2023-06-01', ?, ?, level, parent_id, ? FROM unit_version
                WHERE unit_id = ? AND valid_to = DATE '2023-06-01'""", tuyenQuangEnd, NEW_NAME, decision, tuyenQuang);

        long may = periods.get(BEFORE).id();
        long june = periods.get(AFTER).id();
        namTuLiemMay = report(namTuLiem, may, "SUBMITTED", at(6, 3), "DONE", "DONE", "DONE", "DONE", "DONE", "DONE", "DONE");
        namTuLiemJune = report(namTuLiem, june, "DRAFT", null, "DONE", null, null, null, null, null, null);
        tuyenQuangCityMay = report(tuyenQuangCity, may, "SUBMITTED", at(6, 4),
                "DONE", "DONE", "DONE", "DONE", "DONE", "DONE", "PARTIAL");
        tuyenQuangCityJune = report(tuyenQuangCity, june, "SUBMITTED", at(7, 8),
                "DONE", "DONE", "DONE", "DONE", "DONE", "DONE", "DONE");
        tuyenQuangMay = report(tuyenQuang, may, "SUBMITTED", at(6, 2), "DONE", "DONE", "DONE", "DONE", "DONE", "DONE", "DONE");
    }

    /** Applies the reorganisation and writes the reports, in the caller's transaction. */
    public static Reorganisation2023 apply(JdbcTemplate jdbc, ReportingPeriods periods) {
        return new Reorganisation2023(jdbc, periods);
    }

    public long id(String code) {
        return jdbc.queryForObject("SELECT id FROM unit WHERE code = ?", Long.class, code);
    }

    /**
     * Ends the unit's version that holds the month there (its last month the one before) and answers it
     * with where it ended before (null: it still held), so that a version started here ends where that
     * one did (a unit the 2025 steps changed again, as Tuyên Quang's office, keeps its later versions).
     * Both reorganisations here split versions by it.
     */
    static EndedVersion endVersionHolding(JdbcTemplate jdbc, long unitId, YearMonth month) {
        List<EndedVersion> ended = jdbc.query("""
                UPDATE unit_version v SET valid_to = ? FROM unit_version old
                WHERE old.id = v.id AND v.unit_id = ? AND month_span_holds(v.valid_from, v.valid_to, ?)
                RETURNING v.id, old.valid_to""", (rs, row) -> new EndedVersion(rs.getLong(1), rs.getObject(2, LocalDate.class)),
                month.atDay(1), unitId, month.atDay(1));
        if (ended.size() != 1) {
            throw new IllegalStateException("unit " + unitId + " has " + ended.size() + " versions holding " + month);
        }
        return ended.get(0);
    }

    /** A version ended by {@link #endVersionHolding}, with where it ended before (null: open). */
    record EndedVersion(long id, LocalDate until) {
    }

    private LocalDate endVersion(long unitId) {
        return endVersionHolding(jdbc, unitId, AFTER).until();
    }

    private static Timestamp at(int month, int day) {
        return Timestamp.from(ZonedDateTime.of(2023, month, day, 9, 0, 0, 0, VIETNAM).toInstant());
    }

    private long report(long unitId, long periodId, String state, Timestamp firstSubmitted, String... statuses) {
        return InsertedReports.insert(jdbc, unitId, periodId, state, firstSubmitted, statuses);
    }

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
     * January 2024 ({@link Reorganisation2023.TodayInJanuary2024}), so that the 2025 steps do not enter their figures. A test that
     * commits it (a browser journey) takes it back with {@link #undo()}.
     */
    public static final class May {

        public static final YearMonth MONTH = YearMonth.of(2023, 5);
        public static final YearMonth BEFORE = YearMonth.of(2023, 4);
        public static final YearMonth TODAY = YearMonth.of(2024, 1);
        public static final int HA_GIANG_DISTRICTS_BEFORE = 11;
        public static final int HA_GIANG_DISTRICTS_AFTER = 9;

        public final long hanoi;
        public final long haGiang;
        public final long tuyenQuang;
        public final long tayHo;
        public final long xinMan;
        public final long dongVan;
        public final long meoVac;
        public final long merged;
        public final long renameDecision;
        public final long sampleDecision;

        private final JdbcTemplate jdbc;
        /** The versions ended at 05/2023, by id, with where each ended before (null: open). */
        private final Map<Long, java.sql.Date> ended = new LinkedHashMap<>();

        private May(JdbcTemplate jdbc) {
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
        public static May apply(JdbcTemplate jdbc) {
            return new May(jdbc);
        }

        /** Takes the reorganisation back: the units as they were before {@link #apply}. */
        public void undo() {
            for (String table : new String[] {"unit_succession", "reorganisation_change", "unit_version"}) {
                jdbc.update("DELETE FROM " + table + " WHERE reorganisation_id IN (?, ?)", renameDecision, sampleDecision);
            }
            ended.forEach((version, until) -> jdbc.update("UPDATE unit_version SET valid_to = ? WHERE id = ?", until, version));
            jdbc.update("DELETE FROM unit WHERE id = ?", merged);
            jdbc.update("DELETE FROM reorganisation WHERE id IN (?, ?)", renameDecision, sampleDecision);
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
            EndedVersion version = Reorganisation2023.endVersionHolding(jdbc, unit, MONTH);
            java.sql.Date until = version.until() == null ? null : java.sql.Date.valueOf(version.until());
            ended.put(version.id(), until);
            return until;
        }
    }

    /** "Today" is 15 January 2024 during each test of the class that extends with it. */
    public static final class TodayInJanuary2024 implements BeforeEachCallback, AfterEachCallback {

        @Override
        public void beforeEach(ExtensionContext context) {
            TestClock.INSTANCE.freezeAt(LocalDateTime.of(2024, 1, 15, 10, 0));
        }

        @Override
        public void afterEach(ExtensionContext context) {
            TestClock.INSTANCE.reset();
        }
    }
}
