package vn.bhxh.tracker.support;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

import vn.bhxh.tracker.reporting.ReportingPeriods;

/**
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
     * Ends the unit's version that holds 06/2023 with 05/2023 and returns when it ended before (null: it
     * still held), so that a version started here ends where that one did (a unit the 2025 steps changed
     * again, as Tuyên Quang's office, keeps its later versions).
     */
    private LocalDate endVersion(long unitId) {
        List<LocalDate> ends = jdbc.query("""
                UPDATE unit_version v SET valid_to = DATE '2023-06-01' FROM unit_version old
                WHERE old.id = v.id AND v.unit_id = ? AND month_span_holds(v.valid_from, v.valid_to, DATE '2023-06-01')
                RETURNING old.valid_to""", (rs, row) -> rs.getObject(1, LocalDate.class), unitId);
        if (ends.size() != 1) {
            throw new IllegalStateException("unit " + unitId + " has " + ends.size() + " versions holding 06/2023");
        }
        return ends.get(0);
    }

    private static Timestamp at(int month, int day) {
        return Timestamp.from(ZonedDateTime.of(2023, month, day, 9, 0, 0, 0, VIETNAM).toInstant());
    }

    private long report(long unitId, long periodId, String state, Timestamp firstSubmitted, String... statuses) {
        return InsertedReports.insert(jdbc, unitId, periodId, state, firstSubmitted, statuses);
    }
}
