package vn.bhxh.tracker.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.bhxh.tracker.support.IntegrationTest;
import vn.bhxh.tracker.support.TestClock;

/**
 * The reorganisations of 2025 as V30 loads them, read through {@code unit_tree(month)}. The units
 * that report in a month (the agency aside), counted by hand from the data notes and
 * provinces_63_to_34_2025.csv:
 * <ul>
 * <li>02/2025, before any step: the 2021 data set (V2), 10 central + 63 provincial + 705 district
 *     = <b>778</b>;</li>
 * <li>03/2025, QĐ 391/QĐ-BTC: 10 central − 3 closed (TW-HTQT, TW-TDKT, TW-KHDT) + 7 created = 14
 *     (4 of the 10 renamed, 3 unchanged); 14 + 63 + 705 = <b>782</b>;</li>
 * <li>04/2025: the 63 provincial offices become 34 regions: the 34 rows whose old code is their new
 *     province's code continue, the other 29 merge; the district offices all continue, the 284 under
 *     a merged office (Hà Giang's 11 among them) move under their region; 14 + 34 + 705 = <b>753</b>;</li>
 * <li>05/2025, 06/2025: as 04/2025, <b>753</b>;</li>
 * <li>07/2025, NQ 202/2025/QH15: the 34 regions renamed for their provinces, nothing created or
 *     ended: <b>753</b>; and so on to 12/2026, the test clock's month.</li>
 * </ul>
 * The test database also carries the demo profile's sample plan (SAMPLE, {@code demo.DemoSelfAssessments}),
 * which from 07/2025 merges three of Hà Nội's district offices into three others (and renames those and
 * two more): from 07/2025, 702 district offices, <b>750</b>. The checks of V30's decisions, lines,
 * versions and successions read the MIGRATION decisions only.
 */
@IntegrationTest
class Reorganisations2025Test {

    /**
     * The 29 provincial offices that merge in 04/2025 and the office each merges into: the rows of
     * provinces_63_to_34_2025.csv whose old_code differs from new_code, as T-codes.
     */
    private static final Map<String, String> MERGED_INTO = new TreeMap<>(Map.ofEntries(
            Map.entry("T02", "T08"), Map.entry("T06", "T19"), Map.entry("T10", "T15"), Map.entry("T17", "T25"),
            Map.entry("T26", "T25"), Map.entry("T27", "T24"), Map.entry("T30", "T31"), Map.entry("T34", "T33"),
            Map.entry("T35", "T37"), Map.entry("T36", "T37"), Map.entry("T45", "T44"), Map.entry("T49", "T48"),
            Map.entry("T54", "T66"), Map.entry("T58", "T56"), Map.entry("T60", "T68"), Map.entry("T62", "T51"),
            Map.entry("T64", "T52"), Map.entry("T67", "T68"), Map.entry("T70", "T75"), Map.entry("T72", "T80"),
            Map.entry("T74", "T79"), Map.entry("T77", "T79"), Map.entry("T83", "T86"), Map.entry("T84", "T86"),
            Map.entry("T87", "T82"), Map.entry("T89", "T91"), Map.entry("T93", "T92"), Map.entry("T94", "T92"),
            Map.entry("T95", "T96")));

    /** Hà Giang's 11 district offices in V2. */
    private static final List<String> HA_GIANG_DISTRICTS = List.of("H024", "H026", "H027", "H028", "H029", "H030",
            "H031", "H032", "H033", "H034", "H035");

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UnitDirectory directory;

    @Test
    void eachMonthHasTheUnitsPerLevelCountedByHand() {
        assertThat(levels("2025-02-01")).isEqualTo(levels(10, 63, 705));
        assertThat(reporting("2025-02-01")).isEqualTo(778);
        assertThat(levels("2025-03-01")).isEqualTo(levels(14, 63, 705));
        assertThat(reporting("2025-03-01")).isEqualTo(782);
        for (String month : List.of("2025-04-01", "2025-05-01", "2025-06-01")) {
            assertThat(levels(month)).as(month).isEqualTo(levels(14, 34, 705));
            assertThat(reporting(month)).as(month).isEqualTo(753);
        }
        // the demo's sample merges three district offices from 07/2025
        for (String month : List.of("2025-07-01", "2026-12-01")) {
            assertThat(levels(month)).as(month).isEqualTo(levels(14, 34, 702));
            assertThat(reporting(month)).as(month).isEqualTo(750);
        }
        assertThat(levels("2023-05-01")).isEqualTo(levels(10, 63, 705));
    }

    @Test
    void haGiangKeepsItsOfficeAndDistrictsIn2023AndItsDistrictsAreUnderTuyenQuangsOfficeFrom04_2025() {
        assertThat(nameIn("2023-05-01", "T02")).isEqualTo("BHXH tỉnh Hà Giang");
        assertThat(nameIn("2025-03-01", "T02")).isEqualTo("BHXH tỉnh Hà Giang");
        assertThat(nameIn("2025-04-01", "T02")).isNull();
        assertThat(districtsUnder("2023-05-01", "T02")).isEqualTo(HA_GIANG_DISTRICTS);
        assertThat(districtsUnder("2025-05-01", "T02")).isEmpty();
        assertThat(districtsUnder("2025-05-01", "T08")).containsAll(HA_GIANG_DISTRICTS)
                .hasSize(HA_GIANG_DISTRICTS.size() + 7); // Tuyên Quang's own 7
        assertThat(nameIn("2025-05-01", "H024")).isEqualTo("BHXH thành phố Hà Giang");
        assertThat(nameIn("2023-05-01", "T08")).isEqualTo("BHXH tỉnh Tuyên Quang");
        assertThat(nameIn("2025-05-01", "T08")).isEqualTo("BHXH khu vực XIX");
        assertThat(nameIn("2025-07-01", "T08")).isEqualTo("BHXH tỉnh Tuyên Quang");
        // after 07/2025 the districts keep their versions: which BHXH cơ sở took them is not known
        assertThat(districtsUnder("2026-12-01", "T08")).containsAll(HA_GIANG_DISTRICTS);
    }

    @Test
    void twentyNineOfficesMergeInApril2025EachIntoItsRegionsOffice() {
        Map<String, String> merged = new TreeMap<>();
        jdbc.query("""
                SELECT p.code AS predecessor, s.code AS successor, us.effective_on, r.decision_number
                FROM unit_succession us
                JOIN unit p ON p.id = us.predecessor_id JOIN unit s ON s.id = us.successor_id
                JOIN reorganisation r ON r.id = us.reorganisation_id WHERE r.source = 'MIGRATION'""", rs -> {
            merged.put(rs.getString("predecessor"), rs.getString("successor"));
            assertThat(rs.getObject("effective_on", LocalDate.class)).isEqualTo(LocalDate.of(2025, 4, 1));
            assertThat(rs.getString("decision_number")).isEqualTo("391/QĐ-BTC");
        });
        assertThat(merged).isEqualTo(MERGED_INTO);
        // each merged office's last month is 03/2025; its region holds every month since
        for (Map.Entry<String, String> merge : MERGED_INTO.entrySet()) {
            assertThat(nameIn("2025-03-01", merge.getKey())).as(merge.getKey()).isNotNull();
            assertThat(nameIn("2025-04-01", merge.getKey())).as(merge.getKey()).isNull();
            assertThat(nameIn("2025-04-01", merge.getValue())).as(merge.getValue()).startsWith("BHXH khu vực ");
        }
    }

    @Test
    void eachUnitIsNamedAsItsMonthsVersionSays() {
        assertThat(nameIn("2025-02-01", "TW-TCCB")).isEqualTo("Vụ Tổ chức cán bộ");
        assertThat(nameIn("2025-03-01", "TW-TCCB")).isEqualTo("Ban Tổ chức cán bộ");
        assertThat(nameIn("2026-12-01", "TW-TCCB")).isEqualTo("Ban Tổ chức cán bộ");
        assertThat(nameIn("2025-02-01", "TW-TTKT")).isEqualTo("Vụ Thanh tra - Kiểm tra");
        assertThat(nameIn("2025-03-01", "TW-TTKT")).isEqualTo("Thanh tra BHXH Việt Nam");
        assertThat(nameIn("2025-03-01", "TW-CSXH")).isEqualTo("Ban Thực hiện chính sách BHXH");
        assertThat(versionsOf("TW-CSXH")).isEqualTo(1);
        assertThat(nameIn("2025-02-01", "TW-HTQT")).isEqualTo("Vụ Hợp tác quốc tế");
        assertThat(nameIn("2025-03-01", "TW-HTQT")).isNull();
        assertThat(nameIn("2025-02-01", "TW-VP")).isNull();
        assertThat(nameIn("2025-03-01", "TW-VP")).isEqualTo("Văn phòng BHXH Việt Nam");
        assertThat(nameIn("2025-03-01", "TW-KSTT")).isEqualTo("Trung tâm Kiểm soát thanh toán BHXH, BHYT điện tử");
        // the office that continues a region is the one with the new province's code: Yên Bái's (T15) for Lào Cai
        assertThat(nameIn("2025-03-01", "T15")).isEqualTo("BHXH tỉnh Yên Bái");
        assertThat(nameIn("2025-04-01", "T15")).isEqualTo("BHXH khu vực XVII");
        assertThat(nameIn("2025-07-01", "T15")).isEqualTo("BHXH tỉnh Lào Cai");
        assertThat(nameIn("2025-06-01", "T01")).isEqualTo("BHXH khu vực I");
        assertThat(nameIn("2025-07-01", "T01")).isEqualTo("BHXH thành phố Hà Nội");
        assertThat(nameIn("2025-07-01", "T46")).isEqualTo("BHXH thành phố Huế");
        assertThat(nameIn("2025-07-01", "T79")).isEqualTo("BHXH thành phố Hồ Chí Minh");
    }

    @Test
    void theThreeDecisionsAreRecordedWithTheirLinesAndEveryNewVersionNamesItsDecision() {
        List<Map<String, Object>> decisions = jdbc.queryForList("""
                SELECT r.decision_number, r.decided_on, r.effective_month, r.source, r.applied_by,
                       count(*) FILTER (WHERE c.kind = 'RENAME') AS renames, count(*) FILTER (WHERE c.kind = 'CREATE') AS creates,
                       count(*) FILTER (WHERE c.kind = 'CLOSE') AS closes, count(*) FILTER (WHERE c.kind = 'MERGE') AS merges,
                       count(*) FILTER (WHERE c.kind = 'MOVE') AS moves, count(*) FILTER (WHERE c.kind = 'SPLIT') AS splits,
                       min(c.line) AS first_line, max(c.line) AS last_line, count(*) AS lines
                FROM reorganisation r JOIN reorganisation_change c ON c.reorganisation_id = r.id
                WHERE r.source = 'MIGRATION' GROUP BY r.id ORDER BY r.effective_month""");
        assertThat(decisions).extracting(d -> d.get("decision_number") + " " + d.get("decided_on") + " "
                        + d.get("effective_month") + " " + d.get("source") + " " + d.get("applied_by"))
                .containsExactly("391/QĐ-BTC 2025-02-26 2025-03-01 MIGRATION null",
                        "391/QĐ-BTC 2025-02-26 2025-04-01 MIGRATION null",
                        "1521/BHXH-TCCB 2025-07-09 2025-07-01 MIGRATION null");
        // renames, creates, closes, merges, moves, splits; lines numbered 1 to n
        assertThat(decisions).extracting(d -> List.of(d.get("renames"), d.get("creates"), d.get("closes"), d.get("merges"),
                        d.get("moves"), d.get("splits"), d.get("first_line"), d.get("last_line"), d.get("lines")))
                .containsExactly(List.of(4L, 7L, 3L, 0L, 0L, 0L, 1, 14, 14L),
                        List.of(34L, 0L, 0L, 29L, 284L, 0L, 1, 347, 347L),
                        List.of(34L, 0L, 0L, 0L, 0L, 0L, 1, 34, 34L));
        // every version a decision started begins in its month; every line but CLOSE and MERGE started one
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM unit_version v JOIN reorganisation r ON r.id = v.reorganisation_id
                WHERE v.valid_from <> r.effective_month""", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM unit_version v JOIN reorganisation r ON r.id = v.reorganisation_id
                WHERE r.source = 'MIGRATION'""", Integer.class))
                .isEqualTo(4 + 7 + 34 + 284 + 34);
    }

    @Test
    void unitsEndAndBeginInTheirDecisionsMonthsAndTodaysCountsAreThoseOf2026() {
        assertThat(lastMonthOf("T02")).as("Hà Giang's office, merged from 04/2025").isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(lastMonthOf("TW-HTQT")).as("closed from 03/2025").isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(jdbc.queryForObject("SELECT min(valid_from) FROM unit_version v JOIN unit u ON u.id = v.unit_id WHERE u.code = 'TW-VP'",
                LocalDate.class)).as("created from 03/2025").isEqualTo(LocalDate.of(2025, 3, 1));
        TestClock.INSTANCE.freezeAt(LocalDateTime.of(2026, 11, 20, 9, 0));
        try {
            assertThat(directory.countsByLevel()).containsExactly(Map.entry(UnitLevel.AGENCY, 1L),
                    Map.entry(UnitLevel.CENTRAL, 14L), Map.entry(UnitLevel.PROVINCE, 34L), Map.entry(UnitLevel.DISTRICT, 702L));
        } finally {
            TestClock.INSTANCE.reset();
        }
    }

    /** The first month in which no version of the unit holds any more. */
    private LocalDate lastMonthOf(String code) {
        return jdbc.queryForObject("SELECT max(valid_to) FROM unit_version v JOIN unit u ON u.id = v.unit_id WHERE u.code = ?",
                LocalDate.class, code);
    }

    /** How many units of each level (the agency aside) are in the month's tree. */
    private Map<String, Integer> levels(String month) {
        Map<String, Integer> levels = new LinkedHashMap<>();
        jdbc.query("""
                SELECT level, count(*) AS units FROM unit_tree(?::date) WHERE level <> 'AGENCY'
                GROUP BY level ORDER BY array_position(ARRAY['CENTRAL', 'PROVINCE', 'DISTRICT'], level::text)""",
                rs -> {
                    levels.put(rs.getString("level"), rs.getInt("units"));
                }, month);
        return levels;
    }

    private static Map<String, Integer> levels(int central, int province, int district) {
        Map<String, Integer> levels = new LinkedHashMap<>();
        levels.put("CENTRAL", central);
        levels.put("PROVINCE", province);
        levels.put("DISTRICT", district);
        return levels;
    }

    private int reporting(String month) {
        return jdbc.queryForObject("SELECT count(*) FROM unit_tree(?::date) WHERE level <> 'AGENCY'", Integer.class, month);
    }

    /** The unit's name in the month, or null if it did not exist then. */
    private String nameIn(String month, String code) {
        return jdbc.query("SELECT name FROM unit_tree(?::date) WHERE code = ?",
                rs -> rs.next() ? rs.getString("name") : null, month, code);
    }

    private List<String> districtsUnder(String month, String parentCode) {
        return jdbc.queryForList("""
                SELECT d.code FROM unit_tree(?::date) d JOIN unit p ON p.id = d.parent_id
                WHERE p.code = ? AND d.level = 'DISTRICT' ORDER BY d.code""", String.class, month, parentCode);
    }

    private int versionsOf(String code) {
        return jdbc.queryForObject("SELECT count(*) FROM unit_version v JOIN unit u ON u.id = v.unit_id WHERE u.code = ?",
                Integer.class, code);
    }
}
