package vn.bhxh.tracker.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.bhxh.tracker.support.Pages.html;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import vn.bhxh.tracker.reporting.SelfAssessmentState;
import vn.bhxh.tracker.reporting.ReportingPeriods;
import vn.bhxh.tracker.reporting.Timeliness;
import vn.bhxh.tracker.support.DemoUsers;
import vn.bhxh.tracker.support.IntegrationTest;

/**
 * The year to date and the duty-by-duty trend on the known data set ({@link HaGiang2021}: Hà Giang
 * in August and September 2021) equal the hand count, in the SQL and the page, with the dashboard's
 * scoping.
 */
@IntegrationTest
class YearToDateTest {

    private static final MonthRange YEAR = MonthRange.yearTo(HaGiang2021.MONTH);

    @Autowired
    SummaryFigures figures;

    @Autowired
    Trends trends;

    @Autowired
    DutyMatrix matrix;

    @Autowired
    YearFigures yearFigures;

    @Autowired
    ReportingPeriods periods;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    private HaGiang2021 data;

    private DashboardScope haGiang;

    @BeforeEach
    void knownDataSet() {
        data = HaGiang2021.ensure(jdbc, periods);
        haGiang = new DashboardScope(data.haGiang);
    }

    @Test
    void theYearsFiguresCountUnitMonthsAsByHand() {
        assertThat(figures.summary(YEAR, haGiang))
                .isEqualTo(new MonthSummary(24, 3, 2, 19, 0, 1, 2, 2, new BigDecimal("76.5"), true));
        assertThat(figures.summary(MonthRange.of(HaGiang2021.AUGUST), haGiang))
                .isEqualTo(new MonthSummary(12, 1, 1, 10, 0, 0, 1, 1, new BigDecimal("78.6"), true));
    }

    @Test
    void threeMonthsOfEveryStateAndTimelinessAddUpAsByHand() {
        assertThat(figures.summary(MonthRange.of(HaGiang2021.OCTOBER), haGiang))
                .isEqualTo(new MonthSummary(12, 2, 1, 9, 0, 1, 1, 1, new BigDecimal("84.2"), true));
        assertThat(figures.summary(MonthRange.yearTo(HaGiang2021.OCTOBER), haGiang))
                .isEqualTo(new MonthSummary(36, 5, 3, 28, 0, 2, 3, 3, new BigDecimal("79.2"), true));
        UnitYear draftThenLate = yearFigures.units(MonthRange.yearTo(HaGiang2021.OCTOBER), haGiang, null,
                UnitOrder.HIERARCHY, Pageable.ofSize(50)).getContent().get(3);
        assertThat(draftThenLate.code()).isEqualTo(data.districtCode(2));
        assertThat(draftThenLate.monthly()).extracting(UnitYear.Month::timeliness)
                .containsExactly(Timeliness.MISSING, Timeliness.MISSING, Timeliness.LATE);
        assertThat(List.of(draftThenLate.missing(), draftThenLate.late(), draftThenLate.returned())).containsExactly(2, 1, 1);
    }

    @Test
    void eachUnitsYearSumsItsMonthsAndCountsItsDuties() {
        List<UnitYear> units = yearFigures.units(YEAR, haGiang, null, UnitOrder.HIERARCHY, Pageable.ofSize(50)).getContent();
        assertThat(units).hasSize(12);
        UnitYear office = units.get(0);
        assertThat(office.code()).isEqualTo("T02");
        assertThat(List.of(office.months(), office.onTime(), office.late(), office.missing(), office.accepted()))
                .containsExactly(2, 2, 0, 0, 2);
        assertThat(office.complianceRate()).isEqualByComparingTo("92.3");
        assertThat(office.monthly()).extracting(UnitYear.Month::month).containsExactly(HaGiang2021.AUGUST, HaGiang2021.MONTH);

        UnitYear late = units.get(1);
        assertThat(late.code()).isEqualTo(data.districtCode(0));
        assertThat(List.of(late.onTime(), late.late(), late.missing())).containsExactly(0, 2, 0);
        assertThat(late.complianceRate()).isEqualByComparingTo("78.6");

        UnitYear returned = units.get(2);
        assertThat(List.of(returned.onTime(), returned.late(), returned.missing(), returned.returned())).containsExactly(1, 0, 1, 1);
        assertThat(returned.monthly()).extracting(UnitYear.Month::timeliness)
                .containsExactly(Timeliness.MISSING, Timeliness.ON_TIME);

        UnitYear draft = units.get(3);
        assertThat(draft.missing()).isEqualTo(2);
        assertThat(draft.complianceRate()).as("a draft is not counted").isNull();
        assertThat(draft.monthly()).extracting(UnitYear.Month::state).containsExactly(null, SelfAssessmentState.DRAFT);
        assertThat(draft.monthly()).noneMatch(UnitYear.Month::isSubmitted);

        Map<Long, Map<String, DutyTally>> tallies = yearFigures.dutyTallies(YEAR, haGiang,
                List.of(office.unitId(), late.unitId(), returned.unitId(), draft.unitId()));
        assertThat(tallies.get(office.unitId()).get("2e")).isEqualTo(new DutyTally(1, 2, 2));
        assertThat(tallies.get(office.unitId()).get("2g")).isEqualTo(new DutyTally(1, 1, 2));
        assertThat(tallies.get(late.unitId()).get("2a")).isEqualTo(new DutyTally(2, 2, 2));
        assertThat(tallies.get(returned.unitId()).get("2d")).isEqualTo(new DutyTally(0, 1, 1));
        assertThat(tallies).as("a draft's duties are not counted").doesNotContainKey(draft.unitId());

        assertThat(yearFigures.units(YEAR, haGiang, null, UnitOrder.TIMELINESS, Pageable.ofSize(50)).getContent())
                .as("most months missing first, the office (never missing) last")
                .extracting(UnitYear::code).endsWith(data.districtCode(0), "T02");
    }

    @Test
    void eachDutysTrendIsItsShareFullyDoneMonthByMonth() {
        List<DutyTrend> trend = trends.dutyTrend(List.of(HaGiang2021.AUGUST, HaGiang2021.MONTH), haGiang,
                matrix.dutyCodes(HaGiang2021.MONTH));
        assertThat(trend).extracting(DutyTrend::code).containsExactly("2a", "2b", "2c", "2d", "2đ", "2e", "2g");
        DutyTrend dutyE = trend.get(5);
        assertThat(dutyE.months()).extracting(m -> m.tally().rate())
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("50.0"), new BigDecimal("33.3"));
        assertThat(trend.get(6).months()).extracting(DutyMonth::tally)
                .containsExactly(new DutyTally(1, 2, 2), new DutyTally(1, 2, 3));
    }

    @Test
    void theYearPageShowsTheFiguresAndEachUnitsRow() throws Exception {
        String page = html(mvc.perform(get("/dashboard/year").param("month", "2021-09")
                        .param("province", String.valueOf(data.haGiang)).with(demo.as("tccb")))
                .andExpect(status().isOk()));
        assertThat(page).contains("BHXH tỉnh Hà Giang từ đầu năm 2021 đến tháng 09/2021", "76,5%", "92,3%", "1/2",
                data.districtName(0));
        assertThat(page).as("each submitted month links to its report").containsPattern("href=\"/reports/\\d+\"");

        String dashboard = html(mvc.perform(get("/dashboard").param("month", "2021-09")
                        .param("province", String.valueOf(data.haGiang)).with(demo.as("tccb")))
                .andExpect(status().isOk()));
        assertThat(dashboard).contains("Tỷ lệ thực hiện đầy đủ theo từng nhiệm vụ", "Nhiệm vụ 2đ", "33,3%",
                "/dashboard/year?month=2021-09&province=" + data.haGiang);
    }

    @Test
    void aProvincialDirectorsYearShowsOnlyTheirProvince() throws Exception {
        String page = html(mvc.perform(get("/dashboard/year").param("month", "2021-09")
                        .param("province", String.valueOf(data.haGiang)).with(demo.as("hanoi")))
                .andExpect(status().isOk()));
        assertThat(page).contains("BHXH thành phố Hà Nội từ đầu năm 2021").doesNotContain("Hà Giang");
    }

    @Test
    void unitLeadersGetNoYearAndBadParametersAreRefused() throws Exception {
        mvc.perform(get("/dashboard/year").with(demo.as("badinh"))).andExpect(status().isForbidden());
        mvc.perform(get("/dashboard/year").param("sort", "GIA_TRI").with(demo.as("tccb"))).andExpect(status().isBadRequest());
        mvc.perform(get("/dashboard/year").param("month", "thang-9").with(demo.as("tccb"))).andExpect(status().isBadRequest());
    }
}
