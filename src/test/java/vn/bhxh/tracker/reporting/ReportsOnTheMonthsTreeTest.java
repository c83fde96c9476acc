package vn.bhxh.tracker.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.bhxh.tracker.support.Pages.html;
import static vn.bhxh.tracker.support.Reorganisation2023.AFTER;
import static vn.bhxh.tracker.support.Reorganisation2023.BEFORE;
import static vn.bhxh.tracker.support.Reorganisation2023.NEW_NAME;
import static vn.bhxh.tracker.support.Reorganisation2023.OLD_NAME;

import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.transaction.annotation.Transactional;

import vn.bhxh.tracker.account.CurrentUser;
import vn.bhxh.tracker.account.Role;
import vn.bhxh.tracker.support.IntegrationTest;
import vn.bhxh.tracker.support.OnReorganisation2023;
import vn.bhxh.tracker.support.Reorganisation2023;
import vn.bhxh.tracker.support.TestAccounts;
import vn.bhxh.tracker.unit.UnitLevel;
import vn.bhxh.tracker.unit.UnitRef;

/**
 * A report belongs to its unit as its month's tree gives it, around the reorganisation of 06/2023 in
 * {@link Reorganisation2023}: the review queue filters a report by the level and province its unit had
 * in the report's month, a report names its unit and the office above it as they were called in its
 * month, and a provincial director's month lists the offices under the province that month (and, noted,
 * those that moved in later, whose months before the director reads too). Rolled
 * back after each test.
 */
@IntegrationTest
@Transactional
class ReportsOnTheMonthsTreeTest extends OnReorganisation2023 {

    @Autowired
    SelfAssessments assessments;

    @Autowired
    SelfAssessmentService service;

    @Autowired
    TestAccounts testAccounts;


    @Test
    void theQueueFindsAReportUnderTheProvinceItsUnitSatInThatMonth() {
        long may = periods.get(BEFORE).id();
        long june = periods.get(AFTER).id();
        assertThat(ids(may, null, data.haNoi)).contains(data.namTuLiemMay);
        assertThat(ids(may, null, data.haGiang)).doesNotContain(data.namTuLiemMay);
        assertThat(ids(june, null, data.haGiang)).contains(data.namTuLiemJune);
        assertThat(ids(june, null, data.haNoi)).doesNotContain(data.namTuLiemJune);
        assertThat(ids(0, UnitLevel.DISTRICT, data.haGiang)).as("every month")
                .contains(data.namTuLiemJune).doesNotContain(data.namTuLiemMay);
        assertThat(ids(0, UnitLevel.PROVINCE, data.tuyenQuang)).contains(data.tuyenQuangMay)
                .doesNotContain(data.tuyenQuangCityMay, data.tuyenQuangCityJune);
        assertThat(ids(0, UnitLevel.DISTRICT, data.tuyenQuang)).contains(data.tuyenQuangCityMay, data.tuyenQuangCityJune)
                .doesNotContain(data.tuyenQuangMay);
        assertThat(assessments.queue(june, SelfAssessmentState.SUBMITTED, null, data.tuyenQuang, Pageable.ofSize(20)).getContent())
                .extracting(SelfAssessmentSummary::id).containsExactly(data.tuyenQuangCityJune);
    }

    @Test
    void aReportNamesItsUnitAndTheOfficeAboveItAsInItsMonth() throws Exception {
        assertThat(summary(data.tuyenQuangCityMay, BEFORE).parentUnitName()).isEqualTo(OLD_NAME);
        assertThat(summary(data.tuyenQuangCityJune, AFTER).parentUnitName()).isEqualTo(NEW_NAME);
        assertThat(summary(data.tuyenQuangMay, BEFORE).unitName())
                .as("the office's May report, though the office is called otherwise now").isEqualTo(OLD_NAME);
        assertThat(summary(data.namTuLiemMay, BEFORE).parentUnitName()).isEqualTo("BHXH thành phố Hà Nội");
        assertThat(summary(data.namTuLiemJune, AFTER).parentUnitName()).isEqualTo("BHXH tỉnh Hà Giang");

        String may = html(mvc.perform(get("/reports/{id}", data.tuyenQuangMay).with(demo.as("tccb"))).andExpect(status().isOk()));
        assertThat(may).contains(OLD_NAME).doesNotContain(NEW_NAME);
    }

    /**
     * A director's month lists the units whose reports of the month they read: the province's offices of
     * that month, and a district office that moved in later (H019, Hà Giang's from 06/2023) for the months
     * before too, noted; its old province keeps it for those months. Hà Giang 05/2023: 12 + H019 = 13;
     * 06/2023: 13; Hà Nội 05/2023: 31 (H019 and H002 still its own), 06/2023: 29.
     */
    @Test
    void aProvincialDirectorsMonthListsTheOfficesUnderTheProvinceThatMonthAndThoseThatMovedInLater() throws Exception {
        assertThat(directorsUnits(BEFORE, data.haGiang)).extracting(UnitRef::code).hasSize(13).startsWith("T02").endsWith("H019");
        assertThat(directorsUnits(AFTER, data.haGiang)).extracting(UnitRef::code).hasSize(13).contains("H019");
        assertThat(directorsUnits(BEFORE, data.haNoi)).extracting(UnitRef::code).hasSize(31).contains("H002", "H019");
        assertThat(directorsUnits(AFTER, data.haNoi)).extracting(UnitRef::code).hasSize(29).doesNotContain("H002", "H019");
        assertThat(directorsUnits(BEFORE, data.namTuLiem)).as("a district office has nothing under it")
                .extracting(UnitRef::code).containsExactly("H019");
        assertThat(directorsUnits(AFTER, data.hoanKiem)).as("not in force that month").isEmpty();

        String director = testAccounts.directorOf("T02");
        String june = html(mvc.perform(get("/province/reports").param("month", AFTER.toString()).with(demo.as(director)))
                .andExpect(status().isOk()));
        assertThat(june).contains("BHXH quận Nam Từ Liêm");
        String may = html(mvc.perform(get("/province/reports").param("month", BEFORE.toString()).with(demo.as(director)))
                .andExpect(status().isOk()));
        assertThat(may).contains("BHXH quận Nam Từ Liêm", "Thuộc BHXH thành phố Hà Nội trong tháng 05/2023.",
                "Chuyển về tỉnh từ 06/2023, theo 999/QĐ-THỬ.", "1/13 đơn vị đã nộp báo cáo.");
    }

    /** The units of the month of a provincial director of this unit, as their page lists them. */
    private List<UnitRef> directorsUnits(YearMonth month, long unitId) {
        CurrentUser director = new CurrentUser(0L, "director", "Director", unitId, null, null, null,
                Set.of(Role.PROVINCE_DIRECTOR), null, true);
        return service.provinceMonth(director, periods.get(month)).units();
    }

    private List<Long> ids(long periodId, UnitLevel level, long provinceId) {
        return assessments.queue(periodId, null, level, provinceId, Pageable.ofSize(100)).getContent().stream()
                .map(SelfAssessmentSummary::id).toList();
    }

    /** The report as the queue of its month shows it. */
    private SelfAssessmentSummary summary(long reportId, YearMonth month) {
        return assessments.queue(periods.get(month).id(), null, null, 0, Pageable.ofSize(1000)).getContent().stream()
                .filter(report -> report.id() == reportId).findFirst().orElseThrow();
    }
}
