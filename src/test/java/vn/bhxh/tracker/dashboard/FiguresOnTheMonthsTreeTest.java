package vn.bhxh.tracker.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.bhxh.tracker.support.Pages.html;
import static vn.bhxh.tracker.support.Reorganisation2023.AFTER;
import static vn.bhxh.tracker.support.Reorganisation2023.BEFORE;
import static vn.bhxh.tracker.support.Reorganisation2023.NEW_NAME;
import static vn.bhxh.tracker.support.Reorganisation2023.OLD_NAME;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.transaction.annotation.Transactional;

import vn.bhxh.tracker.dashboard.export.DashboardExports;
import vn.bhxh.tracker.dashboard.export.Export;
import vn.bhxh.tracker.reporting.Timeliness;
import vn.bhxh.tracker.support.DemoUsers;
import vn.bhxh.tracker.support.IntegrationTest;
import vn.bhxh.tracker.support.OnReorganisation2023;
import vn.bhxh.tracker.support.Reorganisation2023;
import vn.bhxh.tracker.unit.UnitDirectory;
import vn.bhxh.tracker.unit.UnitLevel;
import vn.bhxh.tracker.unit.UnitRef;

/**
 * Every figure is counted on the tree of its own month: around a reorganisation that takes effect in
 * 06/2023 ({@link Reorganisation2023}: Hoàn Kiếm merged into Ba Đình, Nam Từ Liêm moved from Hà Nội to
 * Hà Giang, Tuyên Quang's office renamed; the figures counted by hand there), the figures, the unit
 * lists, the provinces' ranking, the year to date, the twelve-month trends, the exports and the API of
 * 05/2023 show the units as they were in 05/2023, and those of 06/2023 as they were in 06/2023.
 * Rolled back after each test.
 */
@IntegrationTest
@Transactional
class FiguresOnTheMonthsTreeTest extends OnReorganisation2023 {

    @Autowired
    SummaryFigures figures;

    @Autowired
    UnitStatuses unitStatuses;

    @Autowired
    YearFigures yearFigures;

    @Autowired
    Trends trends;

    @Autowired
    UnitDirectory unitDirectory;

    @Autowired
    DashboardExports exports;

    private DashboardScope haNoi;
    private DashboardScope haGiang;
    private DashboardScope tuyenQuang;

    @BeforeEach
    void scopes() {
        haNoi = new DashboardScope(data.haNoi);
        haGiang = new DashboardScope(data.haGiang);
        tuyenQuang = new DashboardScope(data.tuyenQuang);
    }

    @Test
    void theUnitsExpectedInAMonthAreThoseInForceThatMonthLevelByLevel() {
        assertThat(expectedByLevel(BEFORE)).isEqualTo(Map.of(UnitLevel.CENTRAL, 10L, UnitLevel.PROVINCE, 63L, UnitLevel.DISTRICT, 705L));
        assertThat(expectedByLevel(AFTER)).as("Hoàn Kiếm merged into Ba Đình")
                .isEqualTo(Map.of(UnitLevel.CENTRAL, 10L, UnitLevel.PROVINCE, 63L, UnitLevel.DISTRICT, 704L));
        assertThat(figures.summary(BEFORE, DashboardScope.NATIONAL).expected()).isEqualTo(778);
        assertThat(figures.summary(AFTER, DashboardScope.NATIONAL).expected()).isEqualTo(777);
        assertThat(codes(unitStatuses.allUnits(BEFORE, DashboardScope.NATIONAL))).contains("H001", "H002");
        assertThat(codes(unitStatuses.allUnits(AFTER, DashboardScope.NATIONAL))).contains("H001").doesNotContain("H002");
    }

    @Test
    void aUnitThatMovedIsCountedInTheProvinceItSatInThatMonth() {
        assertThat(figures.summary(BEFORE, haNoi).expected()).isEqualTo(31);
        assertThat(figures.summary(AFTER, haNoi).expected()).isEqualTo(29);
        assertThat(figures.summary(BEFORE, haGiang).expected()).isEqualTo(12);
        MonthSummary june = figures.summary(AFTER, haGiang);
        assertThat(List.of(june.expected(), june.onTime(), june.missing())).containsExactly(13, 0, 13);

        UnitStatus may = unit(unitStatuses.allUnits(BEFORE, haNoi), "H019");
        assertThat(List.of(may.parentCode(), may.parentName())).containsExactly("T01", "BHXH thành phố Hà Nội");
        assertThat(may.timeliness()).isEqualTo(Timeliness.ON_TIME);
        assertThat(codes(unitStatuses.allUnits(BEFORE, haGiang))).doesNotContain("H019");
        UnitStatus moved = unit(unitStatuses.allUnits(AFTER, haGiang), "H019");
        assertThat(List.of(moved.parentCode(), moved.parentName())).containsExactly("T02", "BHXH tỉnh Hà Giang");
        assertThat(codes(unitStatuses.allUnits(AFTER, haNoi))).doesNotContain("H019", "H002");
        assertThat(codes(unitStatuses.units(AFTER, haGiang, UnitFilter.MISSING, UnitLevel.DISTRICT, Pageable.ofSize(50)).getContent()))
                .contains("H019");

        List<String> juneOrder = codes(unitStatuses.allUnits(AFTER, DashboardScope.NATIONAL));
        assertThat(juneOrder.indexOf("H019")).as("listed with Hà Giang's districts, before Cao Bằng")
                .isGreaterThan(juneOrder.indexOf("T02")).isLessThan(juneOrder.indexOf("T04"));

        assertThat(province(figures.provinces(BEFORE), "T01").expected()).isEqualTo(31);
        assertThat(province(figures.provinces(BEFORE), "T02").expected()).isEqualTo(12);
        assertThat(province(figures.provinces(AFTER), "T01").expected()).isEqualTo(29);
        assertThat(province(figures.provinces(AFTER), "T02").expected()).isEqualTo(13);
        assertThat(figures.provinces(AFTER)).hasSize(63);
    }

    @Test
    void aRenamedUnitIsNamedAsInEachMonth() throws Exception {
        assertThat(unit(unitStatuses.allUnits(BEFORE, tuyenQuang), "T08").name()).isEqualTo(OLD_NAME);
        assertThat(unit(unitStatuses.allUnits(AFTER, tuyenQuang), "T08").name()).isEqualTo(NEW_NAME);
        assertThat(unit(unitStatuses.allUnits(BEFORE, tuyenQuang), "H070").parentName()).isEqualTo(OLD_NAME);
        assertThat(unit(unitStatuses.allUnits(AFTER, tuyenQuang), "H070").parentName()).isEqualTo(NEW_NAME);
        assertThat(figures.summary(AFTER, tuyenQuang).expected()).as("a rename changes no count").isEqualTo(8);
        assertThat(province(figures.provinces(BEFORE), "T08").name()).isEqualTo(OLD_NAME);
        assertThat(province(figures.provinces(AFTER), "T08").name()).isEqualTo(NEW_NAME);
        assertThat(unitDirectory.provincesInEffect(BEFORE)).extracting(UnitRef::name).contains(OLD_NAME).doesNotContain(NEW_NAME);
        assertThat(unitDirectory.provincesInEffect(AFTER)).extracting(UnitRef::name).contains(NEW_NAME);

        String may = html(mvc.perform(get("/dashboard/units").param("month", BEFORE.toString())
                .param("province", String.valueOf(data.tuyenQuang)).with(demo.as("tccb"))).andExpect(status().isOk()));
        assertThat(may).contains(OLD_NAME).doesNotContain(NEW_NAME);
        String june = html(mvc.perform(get("/dashboard/units").param("month", AFTER.toString())
                .param("province", String.valueOf(data.tuyenQuang)).with(demo.as("tccb"))).andExpect(status().isOk()));
        assertThat(june).contains(NEW_NAME);
    }

    @Test
    void theYearToDateCountsEachMonthOnItsTreeAndListsAUnitOnceAsInItsLastMonth() throws Exception {
        MonthRange year = MonthRange.yearTo(AFTER);
        assertThat(figures.summary(year, DashboardScope.NATIONAL).expected()).isEqualTo(5 * 778 + 777);
        assertThat(figures.summary(year, haNoi).expected()).isEqualTo(5 * 31 + 29);
        assertThat(figures.summary(year, haGiang).expected()).isEqualTo(5 * 12 + 13);

        UnitYear national = unitYear(yearFigures.allUnits(year, DashboardScope.NATIONAL), "H019");
        assertThat(List.of(national.months(), national.onTime(), national.missing())).containsExactly(6, 1, 5);
        assertThat(national.parentCode()).as("placed as in its last month").isEqualTo("T02");
        assertThat(yearFigures.allUnits(year, DashboardScope.NATIONAL)).filteredOn(unit -> unit.code().equals("H019")).hasSize(1);
        assertThat(yearFigures.allUnits(year, DashboardScope.NATIONAL)).as("Hoàn Kiếm's five months are Ba Đình's row's")
                .extracting(UnitYear::code).doesNotContain("H002");
        assertThat(unitYear(yearFigures.allUnits(year, DashboardScope.NATIONAL), "H001").months()).isEqualTo(6 + 5);
        assertThat(unitYear(yearFigures.allUnits(year, DashboardScope.NATIONAL), "T08").name()).isEqualTo(NEW_NAME);

        UnitYear underHaNoi = unitYear(yearFigures.allUnits(year, haNoi), "H019");
        assertThat(List.of(underHaNoi.months(), underHaNoi.onTime(), underHaNoi.missing())).containsExactly(5, 1, 4);
        assertThat(underHaNoi.parentCode()).isEqualTo("T01");
        UnitYear underHaGiang = unitYear(yearFigures.allUnits(year, haGiang), "H019");
        assertThat(List.of(underHaGiang.months(), underHaGiang.missing())).containsExactly(1, 1);
        assertThat(underHaGiang.monthly()).extracting(UnitYear.Month::month).containsExactly(AFTER);

        assertThat(yearFigures.dutyTallies(year, haNoi, List.of(data.namTuLiem)).get(data.namTuLiem).get("2a"))
                .isEqualTo(new DutyTally(1, 1, 1));
        assertThat(yearFigures.dutyTallies(year, haGiang, List.of(data.namTuLiem)))
                .as("its one submitted report was Hà Nội's").doesNotContainKey(data.namTuLiem);

        String page = html(mvc.perform(get("/dashboard/year").param("month", AFTER.toString())
                .param("province", String.valueOf(data.haGiang)).with(demo.as("tccb"))).andExpect(status().isOk()));
        assertThat(page).contains("BHXH quận Nam Từ Liêm", "BHXH tỉnh Hà Giang");
    }

    @Test
    void theTwelveMonthTrendCountsEachMonthOnItsOwnTree() {
        assertThat(expectedOf(trends.trend(AFTER, DashboardScope.NATIONAL))).containsEntry(BEFORE, 778).containsEntry(AFTER, 777);
        assertThat(expectedOf(trends.trend(AFTER, haNoi))).containsEntry(BEFORE, 31).containsEntry(AFTER, 29);
        assertThat(expectedOf(trends.trend(AFTER, haGiang))).containsEntry(BEFORE, 12).containsEntry(AFTER, 13);

        List<YearMonth> months = List.of(BEFORE, AFTER);
        assertThat(tallies(trends.dutyTrend(months, tuyenQuang, List.of("2a")).get(0)))
                .as("T08 and H070 in May, H070 in June, whatever the office was called")
                .containsExactly(new DutyTally(2, 2, 2), new DutyTally(1, 1, 1));
        assertThat(tallies(trends.dutyTrend(months, haGiang, List.of("2a")).get(0)))
                .as("Nam Từ Liêm's May report was Hà Nội's, its June one a draft")
                .containsExactly(new DutyTally(0, 0, 0), new DutyTally(0, 0, 0));
    }

    @Test
    void theExportsOfEachMonthListThatMonthsUnitsUnderThatMonthsNames() throws Exception {
        Export may = exports.month(BEFORE, haGiang);
        assertThat(may.rows()).hasSize(12);
        assertThat(may.rows()).extracting(row -> row.get(0)).doesNotContain("H019");
        Export june = exports.month(AFTER, haGiang);
        assertThat(june.rows()).hasSize(13);
        assertThat(june.rows()).filteredOn(row -> "H019".equals(row.get(0)))
                .singleElement().satisfies(row -> assertThat(row.get(3)).isEqualTo("BHXH tỉnh Hà Giang"));
        assertThat(june.missing()).extracting(Export.Listed::code).contains("H019");

        assertThat(exports.month(BEFORE, tuyenQuang).provinceName()).isEqualTo(OLD_NAME);
        assertThat(exports.month(AFTER, tuyenQuang).provinceName()).isEqualTo(NEW_NAME);
        assertThat(exports.month(AFTER, tuyenQuang).title()).contains(NEW_NAME);
        assertThat(exports.year(AFTER, haNoi).rows()).extracting(row -> row.get(0)).contains("H019", "H001").doesNotContain("H002");
        assertThat(exports.year(AFTER, haGiang).rows()).extracting(row -> row.get(0)).contains("H019").doesNotContain("H002");

        String csv = mvc.perform(get("/dashboard/export.csv").param("month", AFTER.toString())
                        .param("province", String.valueOf(data.haGiang)).with(demo.as("tccb")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"chi-thi-2165-2023-06-T02.csv\""))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("H019,BHXH quận Nam Từ Liêm");
        String mayCsv = mvc.perform(get("/dashboard/export.csv").param("month", BEFORE.toString())
                        .param("province", String.valueOf(data.haGiang)).with(demo.as("tccb")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(mayCsv).doesNotContain("H019");
    }

    @Test
    void theApiOfEachMonthAnswersWithThatMonthsUnits() throws Exception {
        mvc.perform(get("/api/v1/periods/{month}/summary", BEFORE).param("unit", "T02").with(httpBasic("tgd", DemoUsers.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.expected").value(12));
        mvc.perform(get("/api/v1/periods/{month}/summary", AFTER).param("unit", "T02").with(httpBasic("tgd", DemoUsers.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.expected").value(13)).andExpect(jsonPath("$.missing").value(13));
        mvc.perform(get("/api/v1/periods/{month}/summary", AFTER).with(httpBasic("tgd", DemoUsers.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.expected").value(777));

        mvc.perform(get("/api/v1/periods/{month}/units", BEFORE).with(httpBasic("tccb", DemoUsers.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(778))
                .andExpect(jsonPath("$[?(@.code == 'H002')].parentCode").value(contains("T01")))
                .andExpect(jsonPath("$[?(@.code == 'H019')].parentCode").value(contains("T01")))
                .andExpect(jsonPath("$[?(@.code == 'T08')].name").value(contains(OLD_NAME)));
        mvc.perform(get("/api/v1/periods/{month}/units", AFTER).with(httpBasic("tccb", DemoUsers.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(777))
                .andExpect(jsonPath("$[?(@.code == 'H002')]").isEmpty())
                .andExpect(jsonPath("$[?(@.code == 'H019')].parentCode").value(contains("T02")))
                .andExpect(jsonPath("$[?(@.code == 'T08')].name").value(contains(NEW_NAME)));
    }

    @Test
    void theApiRefusesACodeThatWasNoProvincialOfficeThatMonth() throws Exception {
        mvc.perform(get("/api/v1/periods/{month}/summary", AFTER).param("unit", "H019").with(httpBasic("tgd", DemoUsers.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/periods/{month}/units", AFTER).param("unit", "T99").with(httpBasic("tgd", DemoUsers.PASSWORD)))
                .andExpect(status().isNotFound());
        // Bắc Kạn's office ends with 05/2023 here (its version held until the 2025 merge)
        jdbc.update("UPDATE unit_version SET valid_to = DATE '2023-06-01' WHERE unit_id = ? AND month_span_holds(valid_from, valid_to, DATE '2023-06-01')",
                data.id("T06"));
        mvc.perform(get("/api/v1/periods/{month}/summary", BEFORE).param("unit", "T06").with(httpBasic("tgd", DemoUsers.PASSWORD)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/periods/{month}/summary", AFTER).param("unit", "T06").with(httpBasic("tgd", DemoUsers.PASSWORD)))
                .andExpect(status().isNotFound());
    }

    private Map<UnitLevel, Long> expectedByLevel(YearMonth month) {
        Map<UnitLevel, Long> counts = new LinkedHashMap<>();
        for (UnitLevel level : List.of(UnitLevel.CENTRAL, UnitLevel.PROVINCE, UnitLevel.DISTRICT)) {
            counts.put(level, unitStatuses.units(month, DashboardScope.NATIONAL, UnitFilter.EXPECTED, level, Pageable.ofSize(1))
                    .getTotalElements());
        }
        assertThat(unitStatuses.units(month, DashboardScope.NATIONAL, UnitFilter.EXPECTED, UnitLevel.AGENCY, Pageable.ofSize(1))
                .getTotalElements()).as("the agency does not report").isZero();
        return counts;
    }

    private static List<String> codes(List<UnitStatus> units) {
        return units.stream().map(UnitStatus::code).toList();
    }

    private static UnitStatus unit(List<UnitStatus> units, String code) {
        return units.stream().filter(unit -> unit.code().equals(code)).findFirst().orElseThrow();
    }

    private static UnitYear unitYear(List<UnitYear> units, String code) {
        return units.stream().filter(unit -> unit.code().equals(code)).findFirst().orElseThrow();
    }

    private static ProvinceFigures province(List<ProvinceFigures> provinces, String code) {
        return provinces.stream().filter(province -> province.code().equals(code)).findFirst().orElseThrow();
    }

    private static Map<YearMonth, Integer> expectedOf(List<MonthTrend> trend) {
        Map<YearMonth, Integer> expected = new LinkedHashMap<>();
        trend.forEach(month -> expected.put(month.month(), month.expected()));
        return expected;
    }

    private static List<DutyTally> tallies(DutyTrend trend) {
        return trend.months().stream().map(DutyMonth::tally).toList();
    }
}
