package vn.bhxh.tracker.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.bhxh.tracker.support.Pages.html;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import vn.bhxh.tracker.account.CurrentUser;
import vn.bhxh.tracker.account.Position;
import vn.bhxh.tracker.account.Role;
import vn.bhxh.tracker.support.DemoUsers;
import vn.bhxh.tracker.support.InsertedReports;
import vn.bhxh.tracker.support.IntegrationTest;
import vn.bhxh.tracker.support.SelfAssessmentSteps;
import vn.bhxh.tracker.support.TestAccounts;
import vn.bhxh.tracker.system.NotFoundException;

/**
 * Reading across lineage (issue 11, point 6): the head of a unit that continued others reads their
 * reports whole, and finishes (saves, submits, adds evidence to) those a unit that has ended left open,
 * never those of a unit still in force, nor anyone else's; a provincial director reads those of the units under the
 * office, or under an office it continued, in the report's month or later; reviewers read what is
 * submitted, as for any unit; nobody else reads them. One rule, {@code reads_report_whole} (V34, asking V38's
 * {@code units_read_whole}), which the director's month page lists by too: for each month, the units in force
 * whose reports the director reads, those that came under the office later noted with where they stood.
 * Rolled back after each test.
 * <ul>
 * <li><b>Merge</b>, V30's own: BHXH tỉnh Hà Giang (T02) merged into BHXH tỉnh Tuyên Quang (T08) in
 *     04/2025, its district offices (BHXH huyện Đồng Văn, H026, among them) moving under T08. Reports
 *     inserted here: T02 05/2024 a draft, T02 06/2024 submitted, H026 05/2024 a draft.</li>
 * <li><b>Split</b>, made up here (decision 998/QĐ-THỬ, 07/2022): a district office of Hà Nội (T01),
 *     X-TACH (01/2022–06/2022), splits into X-TACH-A and X-TACH-B (07/2022–12/2022), both under T01.
 *     Drafts: X-TACH 06/2022, X-TACH-A 07/2022, X-TACH-B 07/2022.</li>
 * <li><b>Move</b>, made up here (same decision): X-CHUYEN sits under Hà Nội (T01) 01/2022–06/2022 and
 *     under Cao Bằng (T04) from 07/2022 to 12/2022. Drafts: 06/2022 (under T01) and 07/2022 (under T04).</li>
 * </ul>
 * Drafts, so that a reader who finds one reads it whole: nobody but its circle finds a draft (reviewers
 * and executives see that it exists, {@link DraftPrivacyTest}).
 */
@IntegrationTest
@Transactional
class ReadingAcrossLineageTest {

    private static final String HEAD_T08 = "lineage.truong.t08";
    private static final String HEAD_H070 = "lineage.truong.h070";
    private static final String WITHHELD = "Bản nháp của đơn vị: bắt đầu lập lúc";

    @Autowired
    SelfAssessments reports;

    @Autowired
    SelfAssessmentService service;

    @Autowired
    ReportingPeriods periods;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    SelfAssessmentSteps steps;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    private long haGiangMay2024;
    private long haGiangJune2024;
    private long dongVanMay2024;

    @BeforeEach
    void haGiangsReportsOf2024() {
        haGiangMay2024 = report("T02", YearMonth.of(2024, 5), "DRAFT");
        haGiangJune2024 = report("T02", YearMonth.of(2024, 6), "SUBMITTED");
        dongVanMay2024 = report("H026", YearMonth.of(2024, 5), "DRAFT");
    }

    @Test
    void afterAMergeTheContinuingOfficesHeadReadsTheMergedOfficesReportsWhole() {
        CurrentUser head = leader("T08");
        assertThat(readsWhole(head, haGiangMay2024)).as("a draft of Hà Giang's office").isTrue();
        assertThat(readsWhole(head, haGiangJune2024)).isTrue();
        assertThat(readsWhole(head, dongVanMay2024)).as("a district office is not a unit T08 continued").isFalse();
    }

    @Test
    void afterAMergeTheContinuingProvincesDirectorReadsTheMergedOfficeAndItsDistrictOfficesOfTheMonthsBefore() {
        CurrentUser director = director("T08");
        assertThat(readsWhole(director, haGiangMay2024)).isTrue();
        assertThat(readsWhole(director, haGiangJune2024)).isTrue();
        assertThat(readsWhole(director, dongVanMay2024)).isTrue();
    }

    @Test
    void afterAMergeNobodyElseReadsTheMergedOfficesDrafts() {
        for (CurrentUser outsider : new CurrentUser[] {leader("H070"), leader("T01"), director("T79"), director("T01")}) {
            assertThat(reports.findReadable(haGiangMay2024, reports.scopeOf(outsider))).as(outsider.username()).isEmpty();
            assertThat(reports.findReadable(dongVanMay2024, reports.scopeOf(outsider))).as(outsider.username()).isEmpty();
            assertThat(reports.findReadable(haGiangJune2024, reports.scopeOf(outsider))).as(outsider.username()).isEmpty();
        }
        CurrentUser reviewer = user(null, "reviewer", Role.REVIEWER);
        assertThat(reports.findReadable(haGiangMay2024, reports.scopeOf(reviewer))).as("that the draft exists").isPresent();
        assertThat(readsWhole(reviewer, haGiangMay2024)).as("not what it says").isFalse();
    }

    @Test
    void theContinuingOfficesHeadReadsTheMergedOfficesDraftOnItsPageAndOthersAreRefused() throws Exception {
        testAccounts.ensureLeader(HEAD_T08, "Trưởng BHXH Tuyên Quang", "T08", Position.HEAD);
        testAccounts.ensureLeader(HEAD_H070, "Trưởng BHXH thành phố Tuyên Quang", "H070", Position.HEAD);
        String page = html(mvc.perform(get("/reports/{id}", haGiangMay2024).with(demo.as(HEAD_T08))).andExpect(status().isOk()));
        assertThat(page).contains("BHXH tỉnh Hà Giang", "/reports/" + haGiangMay2024 + "/edit").doesNotContain(WITHHELD);
        String director = testAccounts.directorOf("T08");
        assertThat(html(mvc.perform(get("/reports/{id}", dongVanMay2024).with(demo.as(director))).andExpect(status().isOk())))
                .contains("BHXH huyện Đồng Văn").doesNotContain(WITHHELD);

        mvc.perform(get("/reports/{id}", haGiangMay2024).with(demo.as(HEAD_H070))).andExpect(status().isNotFound());
        mvc.perform(get("/reports/{id}", dongVanMay2024).with(demo.as(HEAD_T08))).andExpect(status().isNotFound());
        mvc.perform(get("/reports/{id}", dongVanMay2024).with(demo.as(testAccounts.directorOf("T79")))).andExpect(status().isNotFound());
    }

    @Test
    void theContinuingOfficesHeadFinishesTheMergedOfficesDraftSavingItMayAddEvidenceAndSubmittingItAsHaGiangsReport() throws Exception {
        Long head = testAccounts.ensureLeader(HEAD_T08, "Trưởng BHXH Tuyên Quang", "T08", Position.HEAD);
        assertThat(reports.canEdit(reports.findReadable(haGiangMay2024, reports.scopeOf(leader("T08"))).orElseThrow(), leader("T08")))
                .as("Hà Giang's office ended in 04/2025: T08's leaders finish what it left open").isTrue();

        mvc.perform(get("/reports/{id}/edit", haGiangMay2024).with(demo.as(HEAD_T08))).andExpect(status().isOk());
        mvc.perform(steps.edit(HEAD_T08, haGiangMay2024, "save", Map.of("duties[0].whatWasDone", "Hoàn tất thay")))
                .andExpect(redirectedUrl("/reports/" + haGiangMay2024 + "/edit"));
        // evidence is added and removed by the same rule, under the same lock (the upload itself runs outside this
        // test's transaction, which the inserted report is not committed in: EvidenceTest uploads)
        assertThat(reports.findEditableRef(leader("T08"), haGiangMay2024).dutyReportIds()).hasSize(7);
        assertThat(reports.lockEditableRef(leader("T08"), haGiangMay2024).dutyReportIds()).hasSize(7);
        // the leaders who may answer for its duties are T08's now (Hà Giang's moved there, or left)
        steps.submit(haGiangMay2024, HEAD_T08, HEAD_T08);

        assertThat(jdbc.queryForObject("SELECT state || ' ' || unit_id FROM self_assessment WHERE id = ?", String.class, haGiangMay2024))
                .as("still Hà Giang's report").isEqualTo("SUBMITTED " + id("T02"));
        assertThat(jdbc.queryForList("SELECT actor_id FROM audit_event WHERE target_type = 'SELF_ASSESSMENT' AND target_id = ? AND action IN ('SAVED', 'SUBMITTED')",
                Long.class, haGiangMay2024)).containsOnly(head).hasSize(2);
    }

    @Test
    void noLeaderOfAUnitThatDidNotContinueTheReportsUnitChangesIt() throws Exception {
        testAccounts.ensureLeader(HEAD_T08, "Trưởng BHXH Tuyên Quang", "T08", Position.HEAD);
        testAccounts.ensureLeader(HEAD_H070, "Trưởng BHXH thành phố Tuyên Quang", "H070", Position.HEAD);
        // a district office under T08 continued nothing; nor did T08 continue Đồng Văn, a district office of Hà Giang
        assertCannotChange(leader("H070"), HEAD_H070, haGiangMay2024, NotFoundException.class);
        assertCannotChange(leader("T08"), HEAD_T08, dongVanMay2024, NotFoundException.class);
        assertThatThrownBy(() -> reports.findEditableRef(director("T79"), haGiangMay2024)).isInstanceOf(NotFoundException.class);
        CurrentUser reviewer = user(null, "reviewer", Role.REVIEWER);
        assertThatThrownBy(() -> reports.findEditableRef(reviewer, haGiangMay2024))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThat(jdbc.queryForObject("SELECT state FROM self_assessment WHERE id = ?", String.class, haGiangMay2024))
                .isEqualTo("DRAFT");
    }

    @Test
    void aSubmittedReportOfTheMergedOfficeStaysUnchangeableAsAnyOther() {
        CurrentUser head = leader("T08");
        SelfAssessment submitted = reports.findReadable(haGiangJune2024, reports.scopeOf(head)).orElseThrow();
        assertThat(reports.canEdit(submitted, head)).isFalse();
        assertThatThrownBy(() -> reports.findEditableRef(head, haGiangJune2024)).isInstanceOf(TransitionNotAllowedException.class);
    }

    @Test
    void theLeadersOfAUnitThatWillContinueAnotherChangeNoneOfItsReportsWhileThatUnitIsStillInForce() {
        // made up: X-SAP is to merge into X-NHAN in 01/2031, decided already (its succession is recorded); both in force today
        long decision = jdbc.queryForObject("""
                INSERT INTO reorganisation (decision_number, decided_on, effective_month, note, source, applied_at)
                VALUES ('997/QĐ-THỬ', DATE '2026-11-20', DATE '2031-01-01', 'Quyết định giả định cho kiểm thử', 'ADMIN', now())
                RETURNING id""", Long.class);
        long merging = unit("X-SAP", "BHXH huyện Sáp (thử)", "T01", "2022-01-01", "2031-01-01", null);
        long continuing = unit("X-NHAN", "BHXH huyện Nhận (thử)", "T01", "2022-01-01", null, null);
        jdbc.update("""
                INSERT INTO unit_succession (predecessor_id, successor_id, effective_on, reorganisation_id)
                VALUES (?, ?, DATE '2031-01-01', ?)""", merging, continuing, decision);
        long draft = report("X-SAP", YearMonth.of(2026, 10), "DRAFT");
        CurrentUser head = leader("X-NHAN");
        SelfAssessment report = reports.findReadable(draft, reports.scopeOf(leader("X-SAP"))).orElseThrow();

        assertThat(reports.canEdit(report, head)).as("X-SAP still reports for itself").isFalse();
        assertThatThrownBy(() -> reports.findEditableRef(head, draft)).isInstanceOf(NotFoundException.class);
        assertThat(reports.canEdit(report, leader("X-SAP"))).as("its own leaders change it").isTrue();
        CurrentUser haGiangsSuccessor = leader("T08");
        assertThat(reports.canEdit(reports.findReadable(haGiangMay2024, reports.scopeOf(haGiangsSuccessor)).orElseThrow(),
                haGiangsSuccessor)).as("beside an ended predecessor's").isTrue();
    }

    private void assertCannotChange(CurrentUser user, String username, long reportId, Class<? extends Exception> refusal)
            throws Exception {
        SelfAssessmentForm form = service.formOf(haGiangMay2024, leader("T08"));
        assertThatThrownBy(() -> service.saveDraft(user, reportId, form)).isInstanceOf(refusal);
        assertThatThrownBy(() -> service.submit(user, reportId, form)).isInstanceOf(refusal);
        assertThatThrownBy(() -> reports.findEditableRef(user, reportId)).isInstanceOf(refusal);
        mvc.perform(get("/reports/{id}/edit", reportId).with(demo.as(username))).andExpect(status().isNotFound());
        mvc.perform(steps.edit(username, reportId, "save", Map.of("duties[0].whatWasDone", "Sửa hộ")))
                .andExpect(status().isNotFound());
        // a text too long is refused before any save: nor is the form offered again to edit
        mvc.perform(steps.edit(username, reportId, "save", Map.of("duties[0].whatWasDone", "x".repeat(20_000))))
                .andExpect(status().isNotFound());
        // evidence goes by the same rule (the upload runs outside this test's transaction, where the report is not)
        assertThatThrownBy(() -> reports.lockEditableRef(user, reportId)).isInstanceOf(refusal);
    }

    @Test
    void theContinuingOfficesHistoryListsTheMergedOfficesReportsUnderItsNameOfThatMonth() throws Exception {
        testAccounts.ensureLeader(HEAD_T08, "Trưởng BHXH Tuyên Quang", "T08", Position.HEAD);
        long newer = jdbc.queryForObject("SELECT count(*) FROM reporting_period WHERE month > DATE '2024-06-01'", Long.class);
        String page = html(mvc.perform(get("/my-unit/reports").param("page", String.valueOf(newer / 12)).with(demo.as(HEAD_T08)))
                .andExpect(status().isOk()));
        assertThat(page).contains("Báo cáo của các đơn vị tiền thân", "BHXH tỉnh Hà Giang", "/reports/" + haGiangJune2024)
                .doesNotContain("/reports/" + dongVanMay2024);
        assertThat(page).as("its draft to finish, its submitted report only to read")
                .contains("href=\"/reports/" + haGiangMay2024 + "/edit\"").doesNotContain("/reports/" + haGiangJune2024 + "/edit");

        testAccounts.ensureLeader(HEAD_H070, "Trưởng BHXH thành phố Tuyên Quang", "H070", Position.HEAD);
        assertThat(html(mvc.perform(get("/my-unit/reports").param("page", String.valueOf(newer / 12)).with(demo.as(HEAD_H070)))
                .andExpect(status().isOk()))).doesNotContain("Báo cáo của các đơn vị tiền thân", "/reports/" + haGiangJune2024);
    }

    @Test
    void theContinuingProvincesDirectorsMonthBeforeTheMergeListsTheMergedOfficeAndItsDistrictOffices() {
        ReportingPeriodRef may = periods.get(YearMonth.of(2024, 5));
        assertThat(service.provinceMonth(director("T08"), may).units()).extracting(unit -> unit.code())
                .contains("T08", "H070", "T02", "H026");
        assertThat(service.provinceMonth(director("T08"), may).reportsByUnit()).containsKeys(id("T02"), id("H026"));
        assertThat(service.provinceMonth(director("T79"), may).units()).extracting(unit -> unit.code())
                .doesNotContain("T02", "H026");
    }

    /**
     * The director's month page lists what the director reads (V38's {@code units_read_whole}, the rule of
     * {@code reads_report_whole}). Tuyên Quang (T08) for 03/2025, the month before Hà Giang (T02) merged
     * into it, counted by hand: T08 and its 7 district offices (H070–H076), T02 and its 11 (H024, H026–H035):
     * 20 units; for 05/2025, T02 ended, its district offices under T08: 19. T02 and its district offices
     * say where they stood and how they came.
     */
    @Test
    void theMergedProvincesDirectorListsBothProvincesOfficesAndDistrictOfficesForTheMonthBeforeTheMerge() {
        SelfAssessmentService.ProvinceMonth march = service.provinceMonth(director("T08"), periods.open(YearMonth.of(2025, 3)));
        assertThat(march.units()).extracting(unit -> unit.code()).containsExactly("T08",
                "H070", "H071", "H072", "H073", "H074", "H075", "H076", "T02",
                "H024", "H026", "H027", "H028", "H029", "H030", "H031", "H032", "H033", "H034", "H035");
        assertThat(march.units()).extracting(unit -> unit.id()).as("the rule, asked unit by unit")
                .containsExactlyInAnyOrderElementsOf(readByRule("T08", YearMonth.of(2025, 3)));
        assertThat(march.units()).filteredOn(unit -> unit.code().equals("T08")).extracting(unit -> unit.name())
                .containsExactly("BHXH tỉnh Tuyên Quang");
        assertThat(march.elsewhere()).as("Tuyên Quang's own units need no note").doesNotContainKeys(id("T08"), id("H070"));
        SelfAssessmentService.Elsewhere haGiang = march.elsewhere().get(id("T02"));
        assertThat(haGiang.parent()).as("an office's place needs no saying").isNull();
        assertThat(haGiang.arrival().moved()).isFalse();
        assertThat(haGiang.arrival().joined().name()).as("T08 as it stood in 04/2025").isEqualTo("BHXH khu vực XIX");
        assertThat(haGiang.arrival().from()).isEqualTo(YearMonth.of(2025, 4));
        assertThat(haGiang.arrival().decisionNumber()).isEqualTo("391/QĐ-BTC");
        SelfAssessmentService.Elsewhere dongVan = march.elsewhere().get(id("H026"));
        assertThat(dongVan.parent().name()).isEqualTo("BHXH tỉnh Hà Giang");
        assertThat(dongVan.arrival().moved()).isTrue();
        assertThat(dongVan.arrival().from()).isEqualTo(YearMonth.of(2025, 4));

        assertThat(service.provinceMonth(director("T08"), periods.open(YearMonth.of(2025, 5))).units()).hasSize(19)
                .extracting(unit -> unit.code()).doesNotContain("T02").contains("T08", "H026", "H070");
        assertThat(service.provinceMonth(director("T79"), periods.open(YearMonth.of(2025, 3))).units())
                .extracting(unit -> unit.code()).doesNotContain("T02", "H026", "T08", "H070");
    }

    /**
     * A district office that moved (X-CHUYEN, Hà Nội T01 → Cao Bằng T04 from 07/2022) is listed by each
     * director for the months they read its reports of. Counted by hand: T04 with its 10 district offices
     * (H040–H053) and X-CHUYEN, 12 units, in 06/2022 (X-CHUYEN noted as Hà Nội's that month) and in 07/2022
     * (its own, no note); T01 with its 30, X-TACH and X-CHUYEN in 06/2022 (33), with its 30, X-TACH-A and
     * X-TACH-B in 07/2022 (33: X-CHUYEN gone, X-TACH ended).
     */
    @Test
    void aMovedDistrictOfficeIsListedByItsNewDirectorForTheMonthsBeforeTheMoveAndByItsOldOneOnlyForThose() {
        reorganise2022("DRAFT");
        Long moved = id("X-CHUYEN");
        ReportingPeriodRef june = periods.get(YearMonth.of(2022, 6));
        ReportingPeriodRef july = periods.get(YearMonth.of(2022, 7));

        SelfAssessmentService.ProvinceMonth caoBangJune = service.provinceMonth(director("T04"), june);
        assertThat(caoBangJune.units()).hasSize(12).extracting(unit -> unit.code()).startsWith("T04", "H040").endsWith("X-CHUYEN");
        assertThat(caoBangJune.reportsByUnit()).containsKey(moved);
        assertThat(caoBangJune.units()).extracting(unit -> unit.id()).as("the rule, asked unit by unit")
                .containsExactlyInAnyOrderElementsOf(readByRule("T04", YearMonth.of(2022, 6)));
        SelfAssessmentService.Elsewhere then = caoBangJune.elsewhere().get(moved);
        assertThat(then.parent().code()).as("where it stood in 06/2022").isEqualTo("T01");
        assertThat(then.arrival().moved()).isTrue();
        assertThat(then.arrival().from()).isEqualTo(YearMonth.of(2022, 7));
        assertThat(then.arrival().decisionNumber()).isEqualTo("998/QĐ-THỬ");
        assertThat(caoBangJune.elsewhere()).containsOnlyKeys(moved);
        SelfAssessmentService.ProvinceMonth caoBangJuly = service.provinceMonth(director("T04"), july);
        assertThat(caoBangJuly.units()).hasSize(12).extracting(unit -> unit.code()).contains("X-CHUYEN");
        assertThat(caoBangJuly.elsewhere()).as("its own from 07/2022").isEmpty();

        SelfAssessmentService.ProvinceMonth haNoiJune = service.provinceMonth(director("T01"), june);
        assertThat(haNoiJune.units()).hasSize(33).extracting(unit -> unit.code()).contains("X-CHUYEN", "X-TACH")
                .doesNotContain("X-TACH-A", "X-TACH-B");
        assertThat(haNoiJune.elsewhere()).as("Hà Nội's own in 06/2022").isEmpty();
        assertThat(haNoiJune.units()).extracting(unit -> unit.id())
                .containsExactlyInAnyOrderElementsOf(readByRule("T01", YearMonth.of(2022, 6)));
        assertThat(service.provinceMonth(director("T01"), july).units()).hasSize(33).extracting(unit -> unit.code())
                .contains("X-TACH-A", "X-TACH-B").doesNotContain("X-CHUYEN", "X-TACH");
    }

    @Test
    void aDirectorOfAnUnrelatedProvinceNeverListsTheMovedDistrictOffice() {
        reorganise2022("DRAFT");
        for (YearMonth month : new YearMonth[] {YearMonth.of(2022, 6), YearMonth.of(2022, 7), YearMonth.of(2022, 12)}) {
            SelfAssessmentService.ProvinceMonth hoChiMinh = service.provinceMonth(director("T79"), periods.open(month));
            assertThat(hoChiMinh.units()).as(month.toString()).extracting(unit -> unit.code())
                    .contains("T79").doesNotContain("X-CHUYEN", "X-TACH", "X-TACH-A");
            assertThat(hoChiMinh.elsewhere()).as("Bình Dương's and Bà Rịa - Vũng Tàu's, which merged into it in 04/2025, are")
                    .doesNotContainKey(id("X-CHUYEN")).containsKey(id("T74"));
        }
        assertThatThrownBy(() -> service.provinceMonth(leader("T04"), periods.get(YearMonth.of(2022, 6))))
                .as("a unit leader has no province page").isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void theNewDirectorsPageForAMonthBeforeTheMoveShowsTheMovedOfficeWithItsNoteAndCountsIt() throws Exception {
        Made made = reorganise2022("SUBMITTED");
        String caoBang = testAccounts.directorOf("T04");
        String june = html(mvc.perform(get("/province/reports").param("month", "2022-06").with(demo.as(caoBang)))
                .andExpect(status().isOk()));
        assertThat(june).contains("data-unit=\"X-CHUYEN\"", "BHXH huyện Chuyển (thử)",
                        "Thuộc BHXH thành phố Hà Nội trong tháng 06/2022.", "Chuyển về tỉnh từ 07/2022, theo 998/QĐ-THỬ.",
                        "Các đơn vị có ghi chú", "/reports/" + made.movedJune)
                .contains("1/12 đơn vị đã nộp báo cáo.");
        String july = html(mvc.perform(get("/province/reports").param("month", "2022-07").with(demo.as(caoBang)))
                .andExpect(status().isOk()));
        assertThat(july).contains("data-unit=\"X-CHUYEN\"", "0/12 đơn vị đã nộp báo cáo.")
                .doesNotContain("Chuyển về tỉnh từ", "Các đơn vị có ghi chú");
        assertThat(html(mvc.perform(get("/province/reports").param("month", "2022-06").param("lang", "en").with(demo.as(caoBang)))
                .andExpect(status().isOk())))
                .contains("Under BHXH thành phố Hà Nội in 06/2022.", "Moved to this province from 07/2022, under 998/QĐ-THỬ.");

        String hoChiMinh = testAccounts.directorOf("T79");
        assertThat(html(mvc.perform(get("/province/reports").param("month", "2022-06").with(demo.as(hoChiMinh)))
                .andExpect(status().isOk()))).doesNotContain("X-CHUYEN", "/reports/" + made.movedJune);
        mvc.perform(get("/reports/{id}", made.movedJune).with(demo.as(hoChiMinh))).andExpect(status().isNotFound());
    }

    @Test
    void afterASplitEachSuccessorsHeadReadsTheSplitUnitsReportsButNotItsSiblings() {
        Made made = reorganise2022();
        CurrentUser headA = leader("X-TACH-A");
        CurrentUser headB = leader("X-TACH-B");
        assertThat(readsWhole(headA, made.splitJune)).isTrue();
        assertThat(readsWhole(headA, made.splitAJuly)).isTrue();
        assertThat(readsWhole(headA, made.splitBJuly)).as("a sibling successor's").isFalse();
        assertThat(readsWhole(headB, made.splitJune)).isTrue();
        assertThat(readsWhole(headB, made.splitAJuly)).as("a sibling successor's").isFalse();
        assertThat(reports.findReadable(made.splitBJuly, reports.scopeOf(headA))).isEmpty();

        CurrentUser haNoi = director("T01");
        assertThat(readsWhole(haNoi, made.splitJune)).isTrue();
        assertThat(readsWhole(haNoi, made.splitAJuly)).isTrue();
        assertThat(readsWhole(haNoi, made.splitBJuly)).isTrue();
        for (CurrentUser outsider : new CurrentUser[] {director("T04"), director("T79"), leader("H001")}) {
            assertThat(reports.findReadable(made.splitJune, reports.scopeOf(outsider))).as(outsider.username()).isEmpty();
        }
    }

    @Test
    void afterAMoveTheNewProvincesDirectorReadsTheUnitsWholeHistoryAndTheOldOnesOnlyItsMonthsBefore() {
        Made made = reorganise2022();
        CurrentUser caoBang = director("T04");
        assertThat(readsWhole(caoBang, made.movedJune)).as("its history came with it").isTrue();
        assertThat(readsWhole(caoBang, made.movedJuly)).isTrue();

        CurrentUser haNoi = director("T01");
        assertThat(readsWhole(haNoi, made.movedJune)).as("while it was Hà Nội's").isTrue();
        assertThat(readsWhole(haNoi, made.movedJuly)).as("no longer Hà Nội's").isFalse();
        assertThat(reports.findReadable(made.movedJuly, reports.scopeOf(haNoi))).isEmpty();

        assertThat(readsWhole(leader("X-CHUYEN"), made.movedJune)).as("its own unit's, wherever it sits").isTrue();
        for (CurrentUser outsider : new CurrentUser[] {director("T79"), leader("T04"), leader("H040")}) {
            assertThat(reports.findReadable(made.movedJune, reports.scopeOf(outsider))).as(outsider.username()).isEmpty();
            assertThat(reports.findReadable(made.movedJuly, reports.scopeOf(outsider))).as(outsider.username()).isEmpty();
        }
    }

    @Test
    void aReaderWithoutAUnitOrWithoutARoleReadsNoReportWhole() {
        assertThat(reports.findReadable(haGiangMay2024, reports.scopeOf(user(null, "no.unit", Role.UNIT_LEADER)))).isEmpty();
        assertThat(reports.findReadable(haGiangMay2024, reports.scopeOf(user(id("T08"), "admin.t08", Role.ADMIN)))).isEmpty();
        assertThat(reports.findReadable(-1L, reports.scopeOf(director("T08")))).isEmpty();
    }

    /** The reports of the made-up 2022 reorganisation. */
    private record Made(long splitJune, long splitAJuly, long splitBJuly, long movedJune, long movedJuly) {
    }

    /** The split and the move of 07/2022 described above, with their drafts. */
    private Made reorganise2022() {
        return reorganise2022("DRAFT");
    }

    /** The same, X-CHUYEN's report of 06/2022 in the given state. */
    private Made reorganise2022(String movedJuneState) {
        long decision = jdbc.queryForObject("""
                INSERT INTO reorganisation (decision_number, decided_on, effective_month, note, source, applied_at)
                VALUES ('998/QĐ-THỬ', DATE '2022-06-15', DATE '2022-07-01', 'Quyết định giả định cho kiểm thử', 'ADMIN', now())
                RETURNING id""", Long.class);
        long split = unit("X-TACH", "BHXH quận Tách (thử)", "T01", "2022-01-01", "2022-07-01", null);
        long a = unit("X-TACH-A", "BHXH quận Tách A (thử)", "T01", "2022-07-01", "2023-01-01", decision);
        long b = unit("X-TACH-B", "BHXH quận Tách B (thử)", "T01", "2022-07-01", "2023-01-01", decision);
        jdbc.update("""
                INSERT INTO reorganisation_change (reorganisation_id, line, kind, unit_id, successor_id)
                VALUES (?, 1, 'SPLIT', ?, ?), (?, 2, 'SPLIT', ?, ?)""", decision, split, a, decision, split, b);
        jdbc.update("""
                INSERT INTO unit_succession (predecessor_id, successor_id, effective_on, reorganisation_id)
                VALUES (?, ?, DATE '2022-07-01', ?), (?, ?, DATE '2022-07-01', ?)""", split, a, decision, split, b, decision);
        long moved = unit("X-CHUYEN", "BHXH huyện Chuyển (thử)", "T01", "2022-01-01", "2022-07-01", null);
        jdbc.update("""
                INSERT INTO unit_version (unit_id, valid_from, valid_to, name, level, parent_id, reorganisation_id)
                VALUES (?, DATE '2022-07-01', DATE '2023-01-01', 'BHXH huyện Chuyển (thử)', 'DISTRICT', ?, ?)""",
                moved, id("T04"), decision);
        jdbc.update("""
                INSERT INTO reorganisation_change (reorganisation_id, line, kind, unit_id, new_parent_id)
                VALUES (?, 3, 'MOVE', ?, ?)""", decision, moved, id("T04"));
        YearMonth june = YearMonth.of(2022, 6);
        YearMonth july = YearMonth.of(2022, 7);
        return new Made(report("X-TACH", june, "DRAFT"), report("X-TACH-A", july, "DRAFT"), report("X-TACH-B", july, "DRAFT"),
                report("X-CHUYEN", june, movedJuneState), report("X-CHUYEN", july, "DRAFT"));
    }

    private long unit(String code, String name, String parentCode, String from, String to, Long decision) {
        long id = jdbc.queryForObject("INSERT INTO unit (code) VALUES (?) RETURNING id", Long.class, code);
        jdbc.update("""
                INSERT INTO unit_version (unit_id, valid_from, valid_to, name, level, parent_id, reorganisation_id)
                VALUES (?, CAST(? AS date), CAST(? AS date), ?, 'DISTRICT', ?, ?)""", id, from, to, name, id(parentCode), decision);
        return id;
    }

    private long report(String unitCode, YearMonth month, String state) {
        long periodId = periods.open(month).id();
        Timestamp submitted = "DRAFT".equals(state) ? null : Timestamp.from(Instant.parse(month.plusMonths(1).atDay(3) + "T02:00:00Z"));
        return InsertedReports.insert(jdbc, id(unitCode), periodId, state, submitted,
                "DONE", "DONE", "DONE", "DONE", "DONE", "DONE", "DONE");
    }

    /** The units in force in the month whose reports the province's director reads, by V34's rule asked for each unit. */
    private List<Long> readByRule(String provinceCode, YearMonth month) {
        return jdbc.queryForList("""
                SELECT t.unit_id FROM unit_tree(CAST(? AS date)) t WHERE reads_report_whole(?, true, t.unit_id, CAST(? AS date))""",
                Long.class, month.atDay(1), id(provinceCode), month.atDay(1));
    }

    private boolean readsWhole(CurrentUser user, long reportId) {
        SelfAssessmentScope scope = reports.scopeOf(user);
        return reports.findReadable(reportId, scope).map(report -> reports.readsWhole(report, scope)).orElse(false);
    }

    private CurrentUser leader(String unitCode) {
        return user(id(unitCode), "leader." + unitCode, Role.UNIT_LEADER);
    }

    private CurrentUser director(String unitCode) {
        return user(id(unitCode), "director." + unitCode, Role.UNIT_LEADER, Role.PROVINCE_DIRECTOR);
    }

    private static CurrentUser user(Long unitId, String username, Role role, Role... roles) {
        return new CurrentUser(0L, username, username, unitId, null, null, null,
                Set.copyOf(EnumSet.of(role, roles)), null, true);
    }

    private long id(String code) {
        return jdbc.queryForObject("SELECT id FROM unit WHERE code = ?", Long.class, code);
    }
}
