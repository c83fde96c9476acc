package vn.bhxh.tracker.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.bhxh.tracker.support.Pages.html;
import static vn.bhxh.tracker.support.Reorganisation2023.AFTER;
import static vn.bhxh.tracker.support.Reorganisation2023.BEFORE;

import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.transaction.annotation.Transactional;

import vn.bhxh.tracker.dashboard.export.DashboardExports;
import vn.bhxh.tracker.reporting.Timeliness;
import vn.bhxh.tracker.support.InsertedReports;
import vn.bhxh.tracker.support.IntegrationTest;
import vn.bhxh.tracker.support.OnReorganisation2023;

/**
 * The rows of the year's units follow succession for merges at every level, for the country and a
 * province alike (V37's {@code unit_merged_into}, seen from the list's last month): a unit that merged
 * into another is counted in the row of the unit its merges end at, a unit that split keeps its own row,
 * and the page's totals stay what they are (a month moves between rows, none is added or dropped).
 * Rolled back after each test.
 * <p>
 * On {@link vn.bhxh.tracker.support.Reorganisation2023} (06/2023: BHXH quận Hoàn Kiếm, H002, merges into
 * BHXH quận Ba Đình, H001; Nam Từ Liêm, H019, moves from Hà Nội to Hà Giang; Tuyên Quang's office, T08, is
 * renamed), three decisions more among Tuyên Quang's district offices (H070–H076 under T08):
 * <pre>
 * 02/2023  31/QĐ-THỬ  MERGE H073 BHXH huyện Chiêm Hóa → H074 BHXH huyện Hàm Yên
 * 04/2023  32/QĐ-THỬ  SPLIT H075 BHXH huyện Yên Sơn   → X31 (phía Bắc), X32 (phía Nam), both new, under T08
 * 05/2023  33/QĐ-THỬ  MERGE H074 BHXH huyện Hàm Yên   → H076 BHXH huyện Sơn Dương
 * </pre>
 * Reports (the first checklist version's seven duties; deadlines the 5th of the next month; today is
 * 03/12/2026, so a month without a submitted report is missing), besides Reorganisation2023's (T08 05/2023
 * on time, H070 05/2023 on time and 06/2023 late, H019 05/2023 on time under Hà Nội):
 * <pre>
 * H002  03/2023  submitted 03/04/2023, on time, 7 done
 * H001  03/2023  submitted 10/04/2023, late, 6 done, 2g partial
 * H073  01/2023  submitted 03/02/2023, on time, 7 done
 * H074  03/2023  submitted 20/04/2023, late, 6 done, 2g partial
 * H075  02/2023  submitted 02/03/2023, on time, 7 done
 * </pre>
 * Tuyên Quang's year to 06/2023, counted by hand (T08 and 7 district offices in 01/2023):
 * <pre>
 * month      01  02  03  04  05  06
 * units       8   7   7   8   7   7   = 44 unit-months (H073 gone from 02; H075 → X31 + X32 from 04; H074 gone from 05)
 * rows: T08 6 (1 on time), H070 6 (1 on time, 1 late), H071 6, H072 6,
 *       H076 11 = its 6 + H074's 4 (01–04) + H073's 1 (01): 1 on time (H073 01), 1 late (H074 03), 9 missing,
 *            duty 2a 2 of 2, 2g 1 of 2, 13 of 14 duties done;
 *       H075 3 (01–03, split: its own row, ended; 1 on time), X31 3, X32 3
 *       8 rows, 6 + 6 + 6 + 6 + 11 + 3 + 3 + 3 = 44; 4 on time, 2 late, 38 missing
 * </pre>
 * Hà Nội's year to 06/2023: 5 × 31 + 29 = 184 unit-months in 30 rows (31 units, H002 in H001's row);
 * H001's row 6 + 5 = 11 unit-months, 1 on time (H002 03), 1 late (H001 03), 9 missing, 2g 1 of 2. The
 * country's: 778, 777, 777, 778, 777, 776 = 4,663 unit-months; 780 units (the 778 of 2021, X31, X32) in
 * 777 rows (H002, H073 and H074 in their successors'). Seen from 05/2023 H002 has not merged yet and keeps
 * its row (5 months); seen from 04/2023 H073 is in H074's row, H074 not yet in H076's.
 */
@IntegrationTest
@Transactional
class YearRowsFollowMergesTest extends OnReorganisation2023 {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String[] ALL_DONE = {"DONE", "DONE", "DONE", "DONE", "DONE", "DONE", "DONE"};
    private static final String[] LAST_PARTIAL = {"DONE", "DONE", "DONE", "DONE", "DONE", "DONE", "PARTIAL"};

    @Autowired
    YearFigures yearFigures;

    @Autowired
    SummaryFigures figures;

    @Autowired
    Trends trends;

    @Autowired
    DutyMatrix matrix;

    @Autowired
    DashboardExports exports;

    private DashboardScope haNoi;
    private DashboardScope tuyenQuang;

    @BeforeEach
    void reorganiseTuyenQuangsDistrictsAndReport() {
        haNoi = new DashboardScope(data.haNoi);
        tuyenQuang = new DashboardScope(data.tuyenQuang);
        long chiemHoa = data.id("H073");
        long hamYen = data.id("H074");
        long yenSon = data.id("H075");
        long sonDuong = data.id("H076");

        long firstMerge = decision("31/QĐ-THỬ", "2023-02-01");
        change(firstMerge, 1, "MERGE", chiemHoa, hamYen);
        end(chiemHoa, "2023-02-01");
        succession(chiemHoa, hamYen, "2023-02-01", firstMerge);

        long split = decision("32/QĐ-THỬ", "2023-04-01");
        long yenSonNorth = created("X31", "BHXH huyện Yên Sơn (phía Bắc)", "2023-04-01", split);
        long yenSonSouth = created("X32", "BHXH huyện Yên Sơn (phía Nam)", "2023-04-01", split);
        change(split, 1, "SPLIT", yenSon, yenSonNorth);
        change(split, 2, "SPLIT", yenSon, yenSonSouth);
        end(yenSon, "2023-04-01");
        succession(yenSon, yenSonNorth, "2023-04-01", split);
        succession(yenSon, yenSonSouth, "2023-04-01", split);

        long secondMerge = decision("33/QĐ-THỬ", "2023-05-01");
        change(secondMerge, 1, "MERGE", hamYen, sonDuong);
        end(hamYen, "2023-05-01");
        succession(hamYen, sonDuong, "2023-05-01", secondMerge);

        report(data.hoanKiem, 3, at(4, 3), ALL_DONE);
        report(data.baDinh, 3, at(4, 10), LAST_PARTIAL);
        report(chiemHoa, 1, at(2, 3), ALL_DONE);
        report(hamYen, 3, at(4, 20), LAST_PARTIAL);
        report(yenSon, 2, at(3, 2), ALL_DONE);
    }

    @Test
    void theSqlRuleGivesEachMergedUnitTheEndOfItsChainAndNoneToASplitUnit() {
        assertThat(mergedInto(AFTER)).containsEntry("H002", "H001").containsEntry("H073", "H076").containsEntry("H074", "H076")
                .doesNotContainKeys("H075", "H001", "H076", "X31");
        assertThat(mergedInto(YearMonth.of(2023, 4))).as("before H074 merged on, and before H002 merged")
                .containsEntry("H073", "H074").doesNotContainKeys("H074", "H002", "H075");
        assertThat(mergedInto(YearMonth.of(2023, 1))).as("no merge of these had taken effect")
                .doesNotContainKeys("H002", "H073", "H074", "H075");
    }

    /**
     * A chain that ends at a unit that split stops there: with H071 merged into H072 (02/2023) and H072
     * into H075 (03/2023), which split in 04/2023, both are H075's (its own row, ended), not X31's or
     * X32's; seen from 02/2023 H071 is H072's.
     */
    @Test
    void aChainOfMergesIntoAUnitThatSplitEndsAtTheSplitUnit() {
        long decision = decision("35/QĐ-THỬ", "2023-02-01");
        succession(data.id("H071"), data.id("H072"), "2023-02-01", decision);
        succession(data.id("H072"), data.id("H075"), "2023-03-01", decision);
        assertThat(mergedInto(AFTER)).containsEntry("H071", "H075").containsEntry("H072", "H075")
                .doesNotContainKeys("H075", "X31", "X32");
        assertThat(mergedInto(YearMonth.of(2023, 2))).containsEntry("H071", "H072").doesNotContainKey("H072");
    }

    @Test
    void aDistrictOfficeThatMergedIsCountedInItsSuccessorsRowInTheProvinceAndTheCountry() {
        MonthRange year = MonthRange.yearTo(AFTER);
        for (DashboardScope scope : List.of(haNoi, DashboardScope.NATIONAL)) {
            List<UnitYear> units = yearFigures.allUnits(year, scope);
            assertThat(units).extracting(UnitYear::code).as("H002 has no row of its own").doesNotContain("H002");
            UnitYear baDinh = unit(units, "H001");
            assertThat(List.of(baDinh.months(), baDinh.onTime(), baDinh.late(), baDinh.missing(), baDinh.dutiesDone(),
                    baDinh.applicableDuties())).containsExactly(11, 1, 1, 9, 13, 14);
            assertThat(baDinh.predecessors()).containsExactly("BHXH quận Hoàn Kiếm (H002)");
            assertThat(baDinh.monthly()).filteredOn(month -> month.month().equals(YearMonth.of(2023, 3)))
                    .extracting(UnitYear.Month::fromCode, UnitYear.Month::timeliness)
                    .containsExactly(tuple(null, Timeliness.LATE),
                            tuple("H002", Timeliness.ON_TIME));
            assertThat(baDinh.monthly()).filteredOn(UnitYear.Month::isPredecessors).hasSize(5);
            assertThat(baDinh.name()).isEqualTo("BHXH quận Ba Đình");
            assertThat(yearFigures.dutyTallies(year, scope, List.of(data.baDinh)).get(data.baDinh))
                    .containsEntry("2a", new DutyTally(2, 2, 2)).containsEntry("2g", new DutyTally(1, 2, 2));
        }
        assertThat(yearFigures.allUnits(year, haNoi)).hasSize(30);
        assertThat(yearFigures.allUnits(year, DashboardScope.NATIONAL)).hasSize(777);
    }

    @Test
    void aChainOfMergesEndsAtTheUnitInForceAndASplitUnitKeepsItsOwnRow() {
        MonthRange year = MonthRange.yearTo(AFTER);
        for (DashboardScope scope : List.of(tuyenQuang, DashboardScope.NATIONAL)) {
            List<UnitYear> units = yearFigures.allUnits(year, scope);
            UnitYear sonDuong = unit(units, "H076");
            assertThat(List.of(sonDuong.months(), sonDuong.onTime(), sonDuong.late(), sonDuong.missing(),
                    sonDuong.dutiesDone(), sonDuong.applicableDuties())).containsExactly(11, 1, 1, 9, 13, 14);
            assertThat(sonDuong.predecessors()).containsExactly("BHXH huyện Chiêm Hóa (H073)", "BHXH huyện Hàm Yên (H074)");
            assertThat(sonDuong.monthly().subList(0, 3)).extracting(UnitYear.Month::month, UnitYear.Month::fromCode)
                    .containsExactly(tuple(YearMonth.of(2023, 1), null), tuple(YearMonth.of(2023, 1), "H073"),
                            tuple(YearMonth.of(2023, 1), "H074"));
            assertThat(yearFigures.dutyTallies(year, scope, List.of(sonDuong.unitId())).get(sonDuong.unitId()))
                    .containsEntry("2a", new DutyTally(2, 2, 2)).containsEntry("2g", new DutyTally(1, 2, 2));

            UnitYear yenSon = unit(units, "H075");
            assertThat(List.of(yenSon.months(), yenSon.onTime(), yenSon.missing())).as("split: its own row, ended")
                    .containsExactly(3, 1, 2);
            assertThat(yenSon.predecessors()).isEmpty();
            assertThat(unit(units, "X31").months()).isEqualTo(3);
            assertThat(unit(units, "X32").months()).isEqualTo(3);
            assertThat(unit(units, "X31").predecessors()).as("the split unit's months are no successor's").isEmpty();
            assertThat(units).extracting(UnitYear::code).doesNotContain("H073", "H074");
        }
        assertThat(yearFigures.allUnits(year, tuyenQuang)).extracting(UnitYear::code, UnitYear::months).containsExactlyInAnyOrder(
                tuple("T08", 6), tuple("H070", 6), tuple("H071", 6), tuple("H072", 6), tuple("H076", 11),
                tuple("H075", 3), tuple("X31", 3), tuple("X32", 3));
    }

    /**
     * Folding moves months between rows and never adds or drops one: in every scope, the rows' unit-months,
     * on time, late, missing, accepted and duties sum to the year's figures (counted unit-month by
     * unit-month, whatever the rows), the list's count is its rows, and each duty's tallies over the rows sum
     * to the duty trend's over the months.
     */
    @Test
    void theTotalsOfThePageStayWhatTheyAre() {
        MonthRange year = MonthRange.yearTo(AFTER);
        assertThat(figures.summary(year, tuyenQuang).expected()).isEqualTo(44);
        assertThat(figures.summary(year, haNoi).expected()).isEqualTo(184);
        assertThat(figures.summary(year, DashboardScope.NATIONAL).expected()).isEqualTo(4_663);
        for (DashboardScope scope : List.of(tuyenQuang, haNoi, new DashboardScope(data.haGiang), DashboardScope.NATIONAL)) {
            MonthSummary summary = figures.summary(year, scope);
            List<UnitYear> units = yearFigures.allUnits(year, scope);
            assertThat(List.of(sum(units, UnitYear::months), sum(units, UnitYear::onTime), sum(units, UnitYear::late),
                    sum(units, UnitYear::missing), sum(units, UnitYear::accepted)))
                    .as("rows of %s", scope).containsExactly(summary.expected(), summary.onTime(), summary.late(),
                            summary.missing(), summary.accepted());
            assertThat(yearFigures.units(year, scope, null, UnitOrder.NAME, Pageable.ofSize(7)).getTotalElements())
                    .isEqualTo(units.size());

            List<String> codes = matrix.dutyCodes(AFTER);
            List<YearMonth> months = new ArrayList<>();
            for (int month = 1; month <= 6; month++) {
                months.add(YearMonth.of(2023, month));
            }
            Map<Long, Map<String, DutyTally>> tallies = yearFigures.dutyTallies(year, scope,
                    units.stream().map(UnitYear::unitId).toList());
            for (DutyTrend trend : trends.dutyTrend(months, scope, codes)) {
                DutyTally overMonths = trend.months().stream().map(DutyMonth::tally).reduce(new DutyTally(0, 0, 0), YearRowsFollowMergesTest::plus);
                DutyTally overRows = tallies.values().stream().map(byCode -> byCode.getOrDefault(trend.code(), new DutyTally(0, 0, 0)))
                        .reduce(new DutyTally(0, 0, 0), YearRowsFollowMergesTest::plus);
                assertThat(overRows).as("duty %s of %s", trend.code(), scope).isEqualTo(overMonths);
            }
        }
        List<UnitYear> tuyenQuangs = yearFigures.allUnits(year, tuyenQuang);
        assertThat(List.of(sum(tuyenQuangs, UnitYear::onTime), sum(tuyenQuangs, UnitYear::late), sum(tuyenQuangs, UnitYear::missing)))
                .containsExactly(4, 2, 38);
    }

    @Test
    void seenFromBeforeAMergeTookEffectThePredecessorKeepsItsRow() {
        List<UnitYear> may = yearFigures.allUnits(MonthRange.yearTo(BEFORE), haNoi);
        assertThat(List.of(unit(may, "H002").months(), unit(may, "H002").onTime())).containsExactly(5, 1);
        assertThat(unit(may, "H001").months()).isEqualTo(5);
        assertThat(unit(may, "H001").predecessors()).isEmpty();

        List<UnitYear> april = yearFigures.allUnits(MonthRange.yearTo(YearMonth.of(2023, 4)), tuyenQuang);
        assertThat(unit(april, "H074").months()).as("its 4 and H073's 1").isEqualTo(5);
        assertThat(unit(april, "H074").predecessors()).containsExactly("BHXH huyện Chiêm Hóa (H073)");
        assertThat(unit(april, "H076").months()).isEqualTo(4);
        assertThat(april).extracting(UnitYear::code).doesNotContain("H073");
    }

    @Test
    void theYearPageMarksTheRowAndTheExportNamesWhatItIncludes() throws Exception {
        String province = html(mvc.perform(get("/dashboard/year").param("month", AFTER.toString())
                .param("province", String.valueOf(data.tuyenQuang)).with(demo.as("tccb"))).andExpect(status().isOk()));
        assertThat(province).contains("* Gồm cả các tháng của BHXH huyện Chiêm Hóa (H073), BHXH huyện Hàm Yên (H074) "
                        + "trước khi sắp xếp (các ô có dấu *).", "data-unit=\"H075\"", "data-from=\"H074\"", ">01*<")
                .doesNotContain("data-unit=\"H073\"", "data-unit=\"H074\"");
        String country = html(mvc.perform(get("/dashboard/year").param("month", AFTER.toString()).with(demo.as("tccb")))
                .andExpect(status().isOk()));
        assertThat(country).contains("* Gồm cả các tháng của BHXH quận Hoàn Kiếm (H002) trước khi sắp xếp (các ô có dấu *).")
                .doesNotContain("data-unit=\"H002\"");
        String english = html(mvc.perform(get("/dashboard/year").param("month", AFTER.toString()).param("lang", "en")
                .with(demo.as("tccb"))).andExpect(status().isOk()));
        assertThat(english).contains("* Includes the months of BHXH quận Hoàn Kiếm (H002) before the reorganisation");

        List<List<Object>> rows = exports.year(AFTER, tuyenQuang).rows();
        assertThat(rows).extracting(row -> row.get(0)).doesNotContain("H073", "H074").contains("H075", "X31", "X32");
        assertThat(rows).filteredOn(row -> "H076".equals(row.get(0))).singleElement().satisfies(row -> {
            assertThat(row.get(4)).isEqualTo(11);
            assertThat(row.get(row.size() - 1)).isEqualTo("BHXH huyện Chiêm Hóa (H073); BHXH huyện Hàm Yên (H074)");
        });
        assertThat(rows).filteredOn(row -> "H075".equals(row.get(0))).singleElement()
                .satisfies(row -> assertThat(row.get(row.size() - 1)).isNull());
        String csv = mvc.perform(get("/dashboard/year/export.csv").param("month", AFTER.toString()).with(demo.as("tccb")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains(",Gồm cả các tháng của (đơn vị trước khi sắp xếp)\r\n")
                .contains(",BHXH quận Hoàn Kiếm (H002)\r\n").doesNotContain("\r\nH002,");
    }

    /**
     * A unit that merged into a unit of another province is counted in its successor's row in the
     * province it left too, though that row has no month of its own there: BHXH huyện Mê Linh (H250, Hà
     * Nội) merges from 05/2023 into X33 "BHXH liên huyện thử nghiệm", new that month under Hà Giang (T02).
     * Hà Nội's year to 06/2023: 31, 31, 31, 31, 30 (H250 gone), 28 (H002 merged, H019 moved) = 182
     * unit-months in 30 rows (H002 in H001's, H250 in X33's), X33's row there H250's 4 months (01–04),
     * named and placed as X33's version from 05/2023 gives it (under BHXH tỉnh Hà Giang). Hà Giang's year:
     * X33's own 2 months (05–06), none of H250's, which were never Hà Giang's. The country's: X33 6.
     */
    @Test
    void aSuccessorInAnotherProvinceTakesThePredecessorsMonthsInTheProvinceItLeft() throws Exception {
        long meLinh = data.id("H250");
        long merge = decision("34/QĐ-THỬ", "2023-05-01");
        long joint = jdbc.queryForObject("INSERT INTO unit (code) VALUES ('X33') RETURNING id", Long.class);
        jdbc.update("""
                INSERT INTO unit_version (unit_id, valid_from, name, level, parent_id, reorganisation_id)
                VALUES (?, DATE '2023-05-01', 'BHXH liên huyện thử nghiệm', 'DISTRICT', ?, ?)""", joint, data.haGiang, merge);
        change(merge, 1, "MERGE", meLinh, joint);
        end(meLinh, "2023-05-01");
        succession(meLinh, joint, "2023-05-01", merge);

        MonthRange year = MonthRange.yearTo(AFTER);
        List<UnitYear> haNois = yearFigures.allUnits(year, haNoi);
        assertThat(figures.summary(year, haNoi).expected()).isEqualTo(182);
        assertThat(sum(haNois, UnitYear::months)).isEqualTo(182);
        assertThat(haNois).hasSize(30).extracting(UnitYear::code).doesNotContain("H250", "H002");
        UnitYear jointInHaNoi = unit(haNois, "X33");
        assertThat(List.of(jointInHaNoi.months(), jointInHaNoi.missing())).containsExactly(4, 4);
        assertThat(List.of(jointInHaNoi.name(), jointInHaNoi.parentCode(), jointInHaNoi.parentName()))
                .containsExactly("BHXH liên huyện thử nghiệm", "T02", "BHXH tỉnh Hà Giang");
        assertThat(jointInHaNoi.predecessors()).containsExactly("BHXH huyện Mê Linh (H250)");
        assertThat(yearFigures.units(year, haNoi, null, UnitOrder.HIERARCHY, Pageable.ofSize(50)).getTotalElements()).isEqualTo(30);

        UnitYear jointInHaGiang = unit(yearFigures.allUnits(year, new DashboardScope(data.haGiang)), "X33");
        assertThat(jointInHaGiang.months()).isEqualTo(2);
        assertThat(jointInHaGiang.predecessors()).isEmpty();
        assertThat(unit(yearFigures.allUnits(year, DashboardScope.NATIONAL), "X33").months()).isEqualTo(6);

        String page = html(mvc.perform(get("/dashboard/year").param("month", AFTER.toString())
                .param("province", String.valueOf(data.haNoi)).with(demo.as("tccb")))
                .andExpect(status().isOk()));
        assertThat(page).contains("* Gồm cả các tháng của BHXH huyện Mê Linh (H250) trước khi sắp xếp");
    }

    private Map<String, String> mergedInto(YearMonth seenFrom) {
        Map<String, String> merged = new LinkedHashMap<>();
        jdbc.query("""
                SELECT u.code, successor.code AS successor FROM unit_merged_into(?) m
                JOIN unit u ON u.id = m.unit_id JOIN unit successor ON successor.id = m.merged_into""",
                rs -> {
                    merged.put(rs.getString("code"), rs.getString("successor"));
                }, Date.valueOf(seenFrom.atDay(1)));
        return merged;
    }

    private long decision(String number, String effective) {
        return jdbc.queryForObject("""
                INSERT INTO reorganisation (decision_number, decided_on, effective_month, note, source, applied_at)
                VALUES (?, CAST(? AS date) - 20, CAST(? AS date), 'Quyết định giả định cho kiểm thử', 'ADMIN', now())
                RETURNING id""", Long.class, number, effective, effective);
    }

    private void change(long decision, int line, String kind, long unit, long successor) {
        jdbc.update("""
                INSERT INTO reorganisation_change (reorganisation_id, line, kind, unit_id, successor_id)
                VALUES (?, ?, ?, ?, ?)""", decision, line, kind, unit, successor);
    }

    /** Ends the unit's one version (open until now in these months' data) before the month. */
    private void end(long unit, String month) {
        assertThat(jdbc.update("""
                UPDATE unit_version SET valid_to = CAST(? AS date)
                WHERE unit_id = ? AND month_span_holds(valid_from, valid_to, CAST(? AS date)) AND valid_to IS NULL""",
                month, unit, month)).isEqualTo(1);
    }

    private void succession(long predecessor, long successor, String month, long decision) {
        jdbc.update("""
                INSERT INTO unit_succession (predecessor_id, successor_id, effective_on, reorganisation_id)
                VALUES (?, ?, CAST(? AS date), ?)""", predecessor, successor, month, decision);
    }

    private long created(String code, String name, String month, long decision) {
        long id = jdbc.queryForObject("INSERT INTO unit (code) VALUES (?) RETURNING id", Long.class, code);
        jdbc.update("""
                INSERT INTO unit_version (unit_id, valid_from, name, level, parent_id, reorganisation_id)
                VALUES (?, CAST(? AS date), ?, 'DISTRICT', ?, ?)""", id, month, name, data.tuyenQuang, decision);
        return id;
    }

    private void report(long unit, int month, Timestamp submitted, String... statuses) {
        InsertedReports.insert(jdbc, unit, periods.get(YearMonth.of(2023, month)).id(), "SUBMITTED", submitted, statuses);
    }

    private static Timestamp at(int month, int day) {
        return Timestamp.from(ZonedDateTime.of(2023, month, day, 9, 0, 0, 0, VIETNAM).toInstant());
    }

    private static UnitYear unit(List<UnitYear> units, String code) {
        return units.stream().filter(unit -> unit.code().equals(code)).findFirst().orElseThrow();
    }

    private static int sum(List<UnitYear> units, ToIntFunction<UnitYear> count) {
        return units.stream().mapToInt(count).sum();
    }

    private static DutyTally plus(DutyTally a, DutyTally b) {
        return new DutyTally(a.done() + b.done(), a.applicable() + b.applicable(), a.reported() + b.reported());
    }
}
