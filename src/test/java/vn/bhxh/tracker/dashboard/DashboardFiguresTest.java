package vn.bhxh.tracker.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.bhxh.tracker.support.Pages.html;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import vn.bhxh.tracker.reporting.ReportingPeriods;
import vn.bhxh.tracker.reporting.Timeliness;
import vn.bhxh.tracker.support.DemoUsers;
import vn.bhxh.tracker.support.IntegrationTest;

/**
 * Every figure on a known data set ({@link HaGiang2021}: Hà Giang in September 2021, August for the year)
 * equals the hand count, in the SQL, the page and the API.
 */
@IntegrationTest
class DashboardFiguresTest {

    private static final YearMonth MONTH = HaGiang2021.MONTH;

    @Autowired
    SummaryFigures figures;

    @Autowired
    UnitStatuses unitStatuses;

    @Autowired
    Trends trends;

    @Autowired
    MostReturned mostReturned;

    @Autowired
    ReportingPeriods periods;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    private long haGiang;

    private HaGiang2021 data;

    @BeforeEach
    void knownDataSet() {
        data = HaGiang2021.ensure(jdbc, periods);
        haGiang = data.haGiang;
    }

    @Test
    void theMonthsFiguresEqualTheHandCount() {
        MonthSummary summary = figures.summary(MONTH, new DashboardScope(haGiang));
        assertThat(summary).isEqualTo(new MonthSummary(12, 2, 1, 9, 0, 1, 1, 1, new BigDecimal("75.0"), true));
    }

    @Test
    void eachFigureListsTheUnitsBehindIt() {
        DashboardScope scope = new DashboardScope(haGiang);
        assertThat(unitStatuses.units(MONTH, scope, UnitFilter.ON_TIME, null, Pageable.ofSize(50)).getContent())
                .extracting(UnitStatus::code).containsExactly("T02", districtCode(1));
        assertThat(unitStatuses.units(MONTH, scope, UnitFilter.LATE, null, Pageable.ofSize(50)).getContent())
                .extracting(UnitStatus::code).containsExactly(districtCode(0));
        assertThat(unitStatuses.units(MONTH, scope, UnitFilter.MISSING, null, Pageable.ofSize(50)).getTotalElements()).isEqualTo(9);
        assertThat(unitStatuses.units(MONTH, scope, UnitFilter.EXPECTED, null, UnitOrder.COMPLIANCE, Pageable.ofSize(3)).getContent())
                .as("lowest share fully done first: 3/7, 5/6, 7/7")
                .extracting(UnitStatus::code).containsExactly(districtCode(1), "T02", districtCode(0));
        assertThat(unitStatuses.units(MONTH, scope, UnitFilter.EXPECTED, null, UnitOrder.TIMELINESS, Pageable.ofSize(20)).getContent())
                .extracting(UnitStatus::timeliness).endsWith(Timeliness.LATE,
                        Timeliness.ON_TIME, Timeliness.ON_TIME);
        assertThat(mostReturned.mostReturned(MONTH, scope, 5)).extracting(ReturnCount::code)
                .containsExactly(districtCode(1));
    }

    @Test
    @Transactional // the unit added here is rolled back: other tests count the districts
    void unitsThatDidNotExistInTheMonthAreNotMissing() {
        long newcomer = jdbc.queryForObject("""
                INSERT INTO unit (code) VALUES ('H-TEST-NEW') RETURNING id""", Long.class);
        jdbc.update("""
                INSERT INTO unit_version (unit_id, valid_from, name, level, parent_id)
                VALUES (?, DATE '2021-10-01', 'BHXH thử nghiệm mở sau tháng 9/2021', 'DISTRICT', ?)""", newcomer, haGiang);
        assertThat(figures.summary(MONTH, new DashboardScope(haGiang)).expected()).isEqualTo(12);
        assertThat(figures.summary(HaGiang2021.OCTOBER, new DashboardScope(haGiang)).expected())
                .as("expected from its first month").isEqualTo(13);
    }

    @Test
    void provincesAreRankedWithTheSameFiguresAndTheTrendCountsTheMonth() throws Exception {
        ProvinceFigures haGiangFigures = figures.provinces(MONTH).stream()
                .filter(p -> p.code().equals("T02")).findFirst().orElseThrow();
        assertThat(haGiangFigures.expected()).isEqualTo(12);
        assertThat(haGiangFigures.onTime()).isEqualTo(2);
        assertThat(haGiangFigures.late()).isEqualTo(1);
        assertThat(haGiangFigures.missing()).isEqualTo(9);
        assertThat(haGiangFigures.complianceRate()).isEqualByComparingTo("75.0");

        MonthTrend september = trends.trend(MONTH, new DashboardScope(haGiang)).stream()
                .filter(t -> t.month().equals(MONTH)).findFirst().orElseThrow();
        assertThat(september.expected()).isEqualTo(12);
        assertThat(september.onTime()).isEqualTo(2);
        assertThat(september.complianceRate()).isEqualByComparingTo("75.0");

        String page = html(mvc.perform(get("/dashboard/provinces").param("month", MONTH.toString())
                        .with(demo.as("tgd")))
                .andExpect(status().isOk()));
        assertThat(page).contains("BHXH tỉnh Hà Giang", "75,0%");
        // the reader's language writes the number: a decimal point in English
        String english = html(mvc.perform(get("/dashboard/provinces").param("month", MONTH.toString())
                        .param("lang", "en").with(demo.as("tgd")))
                .andExpect(status().isOk()));
        assertThat(english).contains("75.0%").doesNotContain("75,0%");
        mvc.perform(get("/dashboard/provinces").with(demo.as("hanoi"))).andExpect(status().isForbidden());
        mvc.perform(get("/dashboard/units").param("month", MONTH.toString()).param("sort", "NAME").with(demo.as("tgd")))
                .andExpect(status().isOk());
        mvc.perform(get("/dashboard/units").param("sort", "GIA_TRI_LA").with(demo.as("tgd"))).andExpect(status().isBadRequest());
    }

    @Test
    void thePageAndTheApiShowTheSameFigures() throws Exception {
        String page = html(mvc.perform(get("/dashboard").param("month", MONTH.toString())
                        .param("province", String.valueOf(haGiang)).with(demo.as("tccb")))
                .andExpect(status().isOk()));
        assertThat(page).contains("Tổng hợp BHXH tỉnh Hà Giang, tháng 09/2021", "75,0%",
                "Từ đầu năm 2021 (2 tháng)", "24 lượt đơn vị phải báo cáo, 3 lượt nộp đúng hạn, 2 lượt nộp muộn");

        mvc.perform(get("/api/v1/periods/{month}/summary", MONTH).param("unit", "T02").with(httpBasic("tgd", DemoUsers.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.expected").value(12))
                .andExpect(jsonPath("$.onTime").value(2))
                .andExpect(jsonPath("$.late").value(1))
                .andExpect(jsonPath("$.missing").value(9))
                .andExpect(jsonPath("$.returned").value(1))
                .andExpect(jsonPath("$.accepted").value(1))
                .andExpect(jsonPath("$.complianceRate").value(75.0));
        mvc.perform(get("/api/v1/periods/{month}/units", MONTH).param("unit", "T02").with(httpBasic("tccb", DemoUsers.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(12))
                .andExpect(jsonPath("$[0].code").value("T02"))
                .andExpect(jsonPath("$[0].state").value("ACCEPTED"))
                .andExpect(jsonPath("$[0].timeliness").value("ON_TIME"))
                .andExpect(jsonPath("$[0].duties['2g']").value("NOT_APPLICABLE"))
                .andExpect(jsonPath("$[0].duties['2e']").value("PARTIAL"));
    }

    @Test
    void aProvincialDirectorSeesOnlyTheirProvinceInPagesAndApi() throws Exception {
        mvc.perform(get("/api/v1/periods/{month}/summary", MONTH).param("unit", "T02").with(httpBasic("hanoi", DemoUsers.PASSWORD)))
                .andExpect(status().isForbidden());
        String body = mvc.perform(get("/api/v1/periods/{month}/units", MONTH).with(httpBasic("hanoi", DemoUsers.PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("\"T01\"").doesNotContain("\"T02\"", "Hà Giang");
        mvc.perform(get("/dashboard").param("month", MONTH.toString()).param("province", String.valueOf(haGiang))
                        .with(demo.as("hanoi")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("BHXH thành phố Hà Nội")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Hà Giang, tháng"))));
    }

    @Test
    void unitLeadersAndStrangersGetNoFigures() throws Exception {
        mvc.perform(get("/dashboard").with(demo.as("badinh"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/periods/{month}/summary", MONTH).with(httpBasic("badinh", DemoUsers.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/periods/{month}/summary", MONTH)).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/periods/{month}/summary", MONTH).with(httpBasic("tccb", "wrong")))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/periods/thang-9/summary").with(httpBasic("tccb", DemoUsers.PASSWORD)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theApiIsDocumentedByOpenApi() throws Exception {
        mvc.perform(get("/v3/api-docs").with(httpBasic("tccb", DemoUsers.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/api/v1/periods/{month}/summary")))
                .andExpect(content().string(containsString("/api/v1/periods/{month}/units")));
    }

    private String districtCode(int index) {
        return data.districtCode(index);
    }
}
