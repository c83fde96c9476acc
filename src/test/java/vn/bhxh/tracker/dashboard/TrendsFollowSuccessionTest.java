package vn.bhxh.tracker.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.bhxh.tracker.support.Pages.html;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import vn.bhxh.tracker.dashboard.export.DashboardExports;
import vn.bhxh.tracker.dashboard.export.Export;
import vn.bhxh.tracker.reporting.ReportingPeriods;
import vn.bhxh.tracker.support.DemoUsers;
import vn.bhxh.tracker.support.InsertedReports;
import vn.bhxh.tracker.support.IntegrationTest;

/**
 * Twelve-month trends and the year to date of a province follow succession: seen from a month, each
 * earlier month counts the units of the province's lineage as it stood in the month seen from (V33's
 * {@code unit_lineage}) and the units under them in that earlier month's tree. The case is V30's merge of
 * BHXH tỉnh Hà Giang (T02: its office and 11 district offices, H024 and H026–H035) into BHXH tỉnh
 * Tuyên Quang (T08: its office and 7, H070–H076) from 04/2025, when Hà Giang's district offices moved
 * under T08. Rolled back after each test.
 * <p>
 * Units counted for Tuyên Quang's scope, by the month counted and the month seen from:
 * <pre>
 * seen from   counted 01–03/2025             counted 04/2025 and after
 * 12/2025     T02 + 11 + T08 + 7 = 20        T08 + 7 + 11 = 19   (unchanged: its own tree)
 * 05/2024     (not in its trend)              —
 * 05/2024 counts 05/2024 as T08 + 7 = 8: the merge had not happened, Hà Giang's office is not counted
 * </pre>
 * Reports inserted (the first checklist version's seven duties; deadlines the 5th of the next month):
 * <pre>
 * T02   05/2024  submitted 02/06/2024, on time, 7 done
 * T02   02/2025  submitted 03/03/2025, on time, 7 done
 * T08   02/2025  submitted 04/03/2025, on time, 7 done
 * H024  03/2025  submitted 20/04/2025, late, 6 done and 2g partial  (under Hà Giang)
 * H024  05/2025  submitted 02/06/2025, on time, 7 done              (under Tuyên Quang)
 * </pre>
 * So Tuyên Quang's trend seen from 12/2025: 01/2025 20 expected, none in; 02/2025 20 expected, 2 on
 * time, 14 of 14 duties done; 03/2025 20 expected, 1 late, 6 of 7 done; 04/2025 19; 05/2025 19
 * expected, 1 on time; 12/2025 19. Its year to 12/2025: 3 × 20 + 9 × 19 = 231 unit-months, 3 on
 * time, 1 late, 227 not submitted. Duty 2a month by month: 02/2025 2 of 2, 03/2025 1 of 1, 05/2025
 * 1 of 1; duty 2g in 03/2025: 0 done of 1 applicable. The country's figures are those of each month's
 * tree whatever the scope rule: 778 units in 01–02/2025, 782 in 03/2025, 753 in 04–06/2025 and 750 from
 * 07/2025 (the demo's sample plan merges three of Hà Nội's district offices into others then), a year to
 * 12/2025 of 2 × 778 + 782 + 3 × 753 + 6 × 750 = 9,097.
 * <p>
 * Tuyên Quang's lineage changed twice in 2025: in 04/2025 (391/QĐ-BTC) Hà Giang's office merged into it
 * and it was renamed BHXH khu vực XIX; in 07/2025 (1521/BHXH-TCCB) it was renamed BHXH tỉnh Tuyên
 * Quang. Those two months are marked, in words, on the trend, the year page and the year's exports.
 */
@IntegrationTest
@Transactional
class TrendsFollowSuccessionTest {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final YearMonth DECEMBER_2025 = YearMonth.of(2025, 12);
    private static final YearMonth MAY_2024 = YearMonth.of(2024, 5);

    @Autowired
    Trends trends;

    @Autowired
    SummaryFigures figures;

    @Autowired
    YearFigures yearFigures;

    @Autowired
    ReportingPeriods periods;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    LineageMarks lineageMarks;

    @Autowired
    MostReturned mostReturned;

    @Autowired
    DashboardExports exports;

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    private static final Locale VIETNAMESE = DashboardExports.VIETNAMESE;

    private DashboardScope tuyenQuang;
    private DashboardScope haGiang;
    private long haGiangFebruary;

    @BeforeEach
    void reports() {
        tuyenQuang = new DashboardScope(id("T08"));
        haGiang = new DashboardScope(id("T02"));
        periods.open(MAY_2024);
        for (int month = 1; month <= 12; month++) {
            periods.open(YearMonth.of(2025, month));
        }
        String[] allDone = {"DONE", "DONE", "DONE", "DONE", "DONE", "DONE", "DONE"};
        report("T02", MAY_2024, at(2024, 6, 2), allDone);
        haGiangFebruary = report("T02", YearMonth.of(2025, 2), at(2025, 3, 3), allDone);
        report("T08", YearMonth.of(2025, 2), at(2025, 3, 4), allDone);
        report("H024", YearMonth.of(2025, 3), at(2025, 4, 20), "DONE", "DONE", "DONE", "DONE", "DONE", "DONE", "PARTIAL");
        report("H024", YearMonth.of(2025, 5), at(2025, 6, 2), allDone);
    }

    @Test
    void aMergedProvincesTrendCarriesThePredecessorsEarlierMonths() {
        Map<YearMonth, List<Integer>> trend = figuresOf(trends.trend(DECEMBER_2025, tuyenQuang));
        assertThat(trend.get(YearMonth.of(2025, 1))).as("expected, on time, late").containsExactly(20, 0, 0);
        assertThat(trend.get(YearMonth.of(2025, 2))).containsExactly(20, 2, 0);
        assertThat(trend.get(YearMonth.of(2025, 3))).containsExactly(20, 0, 1);
        assertThat(trend.get(YearMonth.of(2025, 4))).containsExactly(19, 0, 0);
        assertThat(trend.get(YearMonth.of(2025, 5))).containsExactly(19, 1, 0);
        assertThat(trend.get(DECEMBER_2025)).containsExactly(19, 0, 0);
        assertThat(trends.trend(DECEMBER_2025, tuyenQuang)).filteredOn(month -> month.month().equals(YearMonth.of(2025, 3)))
                .singleElement().satisfies(march -> assertThat(march.complianceRate()).isEqualByComparingTo("85.7"));
    }

    @Test
    void theMonthSeenFromIsCountedAsBefore() {
        assertThat(figures.summary(DECEMBER_2025, tuyenQuang).expected()).isEqualTo(19);
        assertThat(figures.summary(YearMonth.of(2025, 5), tuyenQuang).onTime()).isEqualTo(1);
        assertThat(figures.summary(YearMonth.of(2025, 2), tuyenQuang).expected()).as("02/2025 seen from itself: T08 + 7").isEqualTo(8);
        assertThat(figuresOf(trends.trend(YearMonth.of(2025, 2), tuyenQuang)).get(YearMonth.of(2025, 2))).containsExactly(8, 1, 0);
    }

    @Test
    void aTrendSeenFromBeforeTheMergeCountsOnlyTheProvinceItself() {
        assertThat(figuresOf(trends.trend(MAY_2024, tuyenQuang)).get(MAY_2024)).as("T02's report is not Tuyên Quang's yet")
                .containsExactly(8, 0, 0);
        assertThat(figuresOf(trends.trend(MAY_2024, haGiang)).get(MAY_2024)).containsExactly(12, 1, 0);
        assertThat(figuresOf(trends.trend(YearMonth.of(2025, 3), tuyenQuang)).get(YearMonth.of(2025, 2)))
                .as("seen from 03/2025, before the merge took effect").containsExactly(8, 1, 0);
    }

    @Test
    void theDutyTrendFollowsTheSameLineage() {
        List<YearMonth> months = List.of(YearMonth.of(2025, 2), YearMonth.of(2025, 3), YearMonth.of(2025, 4),
                YearMonth.of(2025, 5), DECEMBER_2025);
        List<DutyTrend> duties = trends.dutyTrend(months, tuyenQuang, List.of("2a", "2g"));
        assertThat(duties.get(0).months()).extracting(DutyMonth::tally).containsExactly(
                new DutyTally(2, 2, 2), new DutyTally(1, 1, 1), new DutyTally(0, 0, 0), new DutyTally(1, 1, 1), new DutyTally(0, 0, 0));
        assertThat(duties.get(1).months().get(1).tally()).isEqualTo(new DutyTally(0, 1, 1));
        assertThat(trends.dutyTrend(List.of(YearMonth.of(2025, 2)), tuyenQuang, List.of("2a")).get(0).months().get(0).tally())
                .as("seen from 02/2025 itself: T08's report only").isEqualTo(new DutyTally(1, 1, 1));
    }

    @Test
    void theYearToDateFollowsTheSameLineage() {
        MonthRange year = MonthRange.yearTo(DECEMBER_2025);
        MonthSummary summary = figures.summary(year, tuyenQuang);
        assertThat(List.of(summary.expected(), summary.onTime(), summary.late(), summary.missing()))
                .containsExactly(231, 3, 1, 227);
        assertThat(YearToDate.of(DECEMBER_2025, trends.trend(DECEMBER_2025, tuyenQuang)))
                .isEqualTo(new YearToDate(2025, 12, 231, 3, 1, 227, true));
        assertThat(yearFigures.allUnits(year, tuyenQuang)).as("Hà Giang's districts are the province's past")
                .extracting(UnitYear::code).contains("T08", "H024", "H070");
        assertThat(yearFigures.allUnits(year, tuyenQuang).stream().mapToInt(UnitYear::months).sum()).isEqualTo(231);
        assertThat(yearFigures.dutyTallies(year, tuyenQuang, List.of(id("H024"))).get(id("H024")).get("2g"))
                .isEqualTo(new DutyTally(1, 2, 2));
    }

    /**
     * The province's row of the year's units counts its lineage's months: T08's row seen from 12/2025
     * has T08's twelve months and T02's three (01–03/2025), 15 unit-months, 2 on time (T02's and T08's
     * of 02/2025), 13 missing; Hà Giang's office has no row of its own. H024 moved, it did not merge: its
     * one row has its twelve months, 1 on time, 1 late. Duty 2a over T08's row: 2 of 2 (both 02/2025
     * reports). The row count is one less than the units that reported: 19 rows for 20 units. The
     * country's list follows the same merge (V37's {@code unit_merged_into}): T08's row there is the same
     * 15 unit-months with the same tallies, and T02 has no row either.
     */
    @Test
    void theProvincesRowOfTheYearCountsItsLineagesMonthsMarked() throws Exception {
        MonthRange year = MonthRange.yearTo(DECEMBER_2025);
        List<UnitYear> units = yearFigures.allUnits(year, tuyenQuang);
        assertThat(units).hasSize(19).extracting(UnitYear::code).doesNotContain("T02");
        UnitYear office = units.stream().filter(unit -> unit.code().equals("T08")).findFirst().orElseThrow();
        assertThat(List.of(office.months(), office.onTime(), office.late(), office.missing())).containsExactly(15, 2, 0, 13);
        assertThat(office.name()).isEqualTo("BHXH tỉnh Tuyên Quang");
        assertThat(office.monthly()).hasSize(15);
        assertThat(office.monthly().subList(0, 4)).extracting(UnitYear.Month::month, UnitYear.Month::fromCode)
                .containsExactly(tuple(YearMonth.of(2025, 1), null),
                        tuple(YearMonth.of(2025, 1), "T02"),
                        tuple(YearMonth.of(2025, 2), null),
                        tuple(YearMonth.of(2025, 2), "T02"));
        assertThat(office.monthly().get(3).fromName()).isEqualTo("BHXH tỉnh Hà Giang");
        assertThat(office.monthly().get(3).reportId()).isNotNull();
        assertThat(office.monthly()).filteredOn(UnitYear.Month::isPredecessors).hasSize(3);
        assertThat(office.predecessors()).containsExactly("BHXH tỉnh Hà Giang (T02)");
        UnitYear moved = units.stream().filter(unit -> unit.code().equals("H024")).findFirst().orElseThrow();
        assertThat(List.of(moved.months(), moved.onTime(), moved.late())).containsExactly(12, 1, 1);
        assertThat(moved.predecessors()).isEmpty();
        assertThat(yearFigures.units(year, tuyenQuang, null, UnitOrder.HIERARCHY, Pageable.ofSize(5)).getTotalElements())
                .isEqualTo(19);
        assertThat(yearFigures.dutyTallies(year, tuyenQuang, List.of(id("T08"))).get(id("T08")).get("2a"))
                .isEqualTo(new DutyTally(2, 2, 2));

        List<UnitYear> country = yearFigures.allUnits(year, DashboardScope.NATIONAL);
        assertThat(country).as("the country's rows follow the merge too").extracting(UnitYear::code)
                .contains("T08", "H024").doesNotContain("T02");
        UnitYear countrysOffice = country.stream().filter(unit -> unit.code().equals("T08")).findFirst().orElseThrow();
        assertThat(List.of(countrysOffice.months(), countrysOffice.onTime(), countrysOffice.missing())).containsExactly(15, 2, 13);
        assertThat(countrysOffice.predecessors()).containsExactly("BHXH tỉnh Hà Giang (T02)");
        assertThat(yearFigures.dutyTallies(year, DashboardScope.NATIONAL, List.of(id("T08"))).get(id("T08")).get("2a"))
                .isEqualTo(new DutyTally(2, 2, 2));

        String page = html(mvc.perform(get("/dashboard/year").param("month", DECEMBER_2025.toString())
                .param("province", String.valueOf(tuyenQuang.provinceId())).with(demo.as("tccb"))).andExpect(status().isOk()));
        assertThat(page).contains("* Gồm cả các tháng của BHXH tỉnh Hà Giang (T02) trước khi sắp xếp (các ô có dấu *).",
                "data-from=\"T02\"", ">02*<", "02/2025 — BHXH tỉnh Hà Giang (T02): Đúng hạn");
    }

    @Test
    void theCountrysFiguresAreUnchanged() {
        Map<YearMonth, List<Integer>> trend = figuresOf(trends.trend(DECEMBER_2025, DashboardScope.NATIONAL));
        assertThat(trend.get(YearMonth.of(2025, 2)).get(0)).isEqualTo(778);
        assertThat(trend.get(YearMonth.of(2025, 3)).get(0)).isEqualTo(782);
        assertThat(trend.get(YearMonth.of(2025, 4)).get(0)).isEqualTo(753);
        assertThat(figures.summary(MonthRange.yearTo(DECEMBER_2025), DashboardScope.NATIONAL).expected()).isEqualTo(9_097);
        assertThat(trend.get(YearMonth.of(2025, 2)).get(1))
                .as("T02's and T08's 2 reports, wherever they are counted, and the demo history's 5 of Hà Nội").isEqualTo(7);
    }

    @Test
    void theMonthsInWhichTheProvincesLineageChangedAreMarkedWithTheirDecisions() {
        assertThat(lineageMarks.of(MonthRange.twelveMonthsTo(DECEMBER_2025), tuyenQuang, VIETNAMESE))
                .extracting(LineageMarks.LineageMark::text).containsExactly(
                        "04/2025: theo 391/QĐ-BTC, tiếp nhận BHXH tỉnh Hà Giang (T02); đổi tên thành BHXH khu vực XIX.",
                        "07/2025: theo 1521/BHXH-TCCB, đổi tên thành BHXH tỉnh Tuyên Quang.");
        assertThat(lineageMarks.of(MonthRange.twelveMonthsTo(DECEMBER_2025), tuyenQuang, Locale.ENGLISH).get(0).text())
                .isEqualTo("04/2025: under 391/QĐ-BTC, took over BHXH tỉnh Hà Giang (T02); renamed BHXH khu vực XIX.");
        assertThat(lineageMarks.of(MonthRange.yearTo(YearMonth.of(2025, 6)), tuyenQuang, VIETNAMESE))
                .extracting(LineageMarks.LineageMark::month).containsExactly(YearMonth.of(2025, 4));
        assertThat(lineageMarks.of(MonthRange.twelveMonthsTo(MAY_2024), tuyenQuang, VIETNAMESE)).as("before the merge").isEmpty();
        assertThat(lineageMarks.of(MonthRange.twelveMonthsTo(DECEMBER_2025), DashboardScope.NATIONAL, VIETNAMESE)).isEmpty();
        assertThat(lineageMarks.of(MonthRange.of(YearMonth.of(2025, 5)), tuyenQuang, VIETNAMESE)).as("no change that month").isEmpty();
    }

    @Test
    void theDashboardTheYearPageAndTheExportsShowTheMarkAsText() throws Exception {
        String dashboard = html(mvc.perform(get("/dashboard").param("month", DECEMBER_2025.toString())
                .param("province", String.valueOf(tuyenQuang.provinceId())).with(demo.as("tccb"))).andExpect(status().isOk()));
        assertThat(dashboard).contains("data-testid=\"lineage-marks\"", "Tháng có dấu * là tháng đơn vị thay đổi",
                "04/2025: theo 391/QĐ-BTC, tiếp nhận BHXH tỉnh Hà Giang (T02)", ">04*<", ">07*<", "bar-lineage",
                "data-testid=\"year-to-date-lineage\"");
        String national = html(mvc.perform(get("/dashboard").param("month", DECEMBER_2025.toString()).with(demo.as("tccb")))
                .andExpect(status().isOk()));
        assertThat(national).doesNotContain("lineage-marks", "bar-lineage", ">04*<");

        String year = html(mvc.perform(get("/dashboard/year").param("month", DECEMBER_2025.toString())
                .param("province", String.valueOf(tuyenQuang.provinceId())).with(demo.as("tccb"))).andExpect(status().isOk()));
        assertThat(year).contains("data-testid=\"lineage-marks\"", "07/2025: theo 1521/BHXH-TCCB, đổi tên thành BHXH tỉnh Tuyên Quang.");

        Export export = exports.year(DECEMBER_2025, tuyenQuang);
        assertThat(export.marks()).hasSize(3);
        assertThat(export.marks().get(0)).isEqualTo("Đơn vị thay đổi do sắp xếp tổ chức, "
                + "04/2025: theo 391/QĐ-BTC, tiếp nhận BHXH tỉnh Hà Giang (T02); đổi tên thành BHXH khu vực XIX.");
        assertThat(exports.year(DECEMBER_2025, DashboardScope.NATIONAL).marks()).isEmpty();
        assertThat(exports.month(DECEMBER_2025, tuyenQuang).marks()).isEmpty();
        String csv = mvc.perform(get("/dashboard/year/export.csv").param("month", DECEMBER_2025.toString())
                        .param("province", String.valueOf(tuyenQuang.provinceId())).with(demo.as("tccb")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).as("after the rows, a blank line between")
                .contains("\r\n\r\n\"Đơn vị thay đổi do sắp xếp tổ chức, 04/2025: theo 391/QĐ-BTC, tiếp nhận BHXH tỉnh Hà Giang (T02); "
                        + "đổi tên thành BHXH khu vực XIX.\"\r\n");
    }

    /**
     * A province that took no unit over, only renamed (Hà Nội, T01: BHXH khu vực I in 04/2025, Thành phố
     * Hà Nội's office in 07/2025), has its months marked, but nothing says that its earlier months count
     * predecessors, which it has none of: not the year-to-date line, not the hint under the marks, not the
     * year's export notes (two marks, no hint). Tuyên Quang's, which took Hà Giang's office over, says it.
     */
    @Test
    void aProvinceOnlyRenamedIsMarkedWithoutClaimingPredecessors() throws Exception {
        DashboardScope haNoi = new DashboardScope(id("T01"));
        List<LineageMarks.LineageMark> marks = lineageMarks.of(MonthRange.twelveMonthsTo(DECEMBER_2025), haNoi, VIETNAMESE);
        assertThat(marks).extracting(LineageMarks.LineageMark::month, LineageMarks.LineageMark::joined)
                .containsExactly(tuple(YearMonth.of(2025, 4), false), tuple(YearMonth.of(2025, 7), false));
        assertThat(lineageMarks.of(MonthRange.twelveMonthsTo(DECEMBER_2025), tuyenQuang, VIETNAMESE))
                .extracting(LineageMarks.LineageMark::joined).containsExactly(true, false);

        String dashboard = html(mvc.perform(get("/dashboard").param("month", DECEMBER_2025.toString())
                .param("province", String.valueOf(haNoi.provinceId())).with(demo.as("tccb"))).andExpect(status().isOk()));
        assertThat(dashboard).contains("data-testid=\"lineage-marks\"", ">04*<")
                .doesNotContain("data-testid=\"year-to-date-lineage\"", "data-testid=\"lineage-hint\"");
        String tuyenQuangsDashboard = html(mvc.perform(get("/dashboard").param("month", DECEMBER_2025.toString())
                .param("province", String.valueOf(tuyenQuang.provinceId())).with(demo.as("tccb"))).andExpect(status().isOk()));
        assertThat(tuyenQuangsDashboard).contains("data-testid=\"year-to-date-lineage\"", "data-testid=\"lineage-hint\"");

        assertThat(exports.year(DECEMBER_2025, haNoi).marks()).hasSize(2)
                .allSatisfy(note -> assertThat(note).startsWith("Đơn vị thay đổi do sắp xếp tổ chức, "));
    }

    /**
     * The units returned most often over the twelve months follow the same lineage: one return decision
     * on Hà Giang's office's report of 02/2025 (its state left as it was, so no other figure moves) is
     * Tuyên Quang's seen from 12/2025, and not seen from 03/2025, before the merge, when it is Hà Giang's.
     */
    @Test
    void theUnitsReturnedMostOftenFollowTheSameLineage() {
        long tccb = jdbc.queryForObject("SELECT id FROM user_account WHERE username = 'tccb'", Long.class);
        long submission = jdbc.queryForObject("""
                INSERT INTO submission (self_assessment_id, number, submitted_at, submitted_by_id, snapshot)
                VALUES (?, 1, now(), ?, '{"duties": []}'::jsonb) RETURNING id""", Long.class, haGiangFebruary, tccb);
        jdbc.update("INSERT INTO review_decision (submission_id, outcome, decided_at, decided_by_id) VALUES (?, 'RETURN', now(), ?)",
                submission, tccb);
        assertThat(mostReturned.mostReturned(DECEMBER_2025, tuyenQuang, 10))
                .extracting(ReturnCount::code, ReturnCount::returns).containsExactly(tuple("T02", 1));
        assertThat(mostReturned.mostReturned(YearMonth.of(2025, 3), tuyenQuang, 10)).isEmpty();
        assertThat(mostReturned.mostReturned(YearMonth.of(2025, 3), haGiang, 10)).extracting(ReturnCount::code).containsExactly("T02");
    }

    private Map<YearMonth, List<Integer>> figuresOf(List<MonthTrend> trend) {
        Map<YearMonth, List<Integer>> figures = new LinkedHashMap<>();
        trend.forEach(month -> figures.put(month.month(), List.of(month.expected(), month.onTime(), month.late())));
        return figures;
    }

    private long id(String code) {
        return jdbc.queryForObject("SELECT id FROM unit WHERE code = ?", Long.class, code);
    }

    private long report(String code, YearMonth month, Timestamp submitted, String... statuses) {
        return InsertedReports.insert(jdbc, id(code), periods.get(month).id(), "SUBMITTED", submitted, statuses);
    }

    private static Timestamp at(int year, int month, int day) {
        return Timestamp.from(ZonedDateTime.of(year, month, day, 9, 0, 0, 0, VIETNAM).toInstant());
    }
}
