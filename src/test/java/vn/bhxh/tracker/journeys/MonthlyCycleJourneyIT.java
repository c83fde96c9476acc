package vn.bhxh.tracker.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.microsoft.playwright.Dialog;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

import vn.bhxh.tracker.account.Position;
import vn.bhxh.tracker.account.StoredAccounts;
import vn.bhxh.tracker.reporting.ReportingPeriods;
import vn.bhxh.tracker.support.BrowserTest;
import vn.bhxh.tracker.support.Chromium;
import vn.bhxh.tracker.support.Journey;
import vn.bhxh.tracker.support.TestAccounts;
import vn.bhxh.tracker.unit.UnitDirectory;

/**
 * The monthly cycle in Chromium, as people live it: a district office drafts its report for last month,
 * its deputy finishes and submits it, Vụ TCCB returns it with a comment, the head revises and resubmits,
 * the reviewer accepts, and the provincial director finds it in the province's list.
 *
 * <p>The browser tests share one database with the other test classes, so this journey works on a unit
 * no other test touches (H003, BHXH quận Tây Hồ) with leader accounts of its own, and clears that unit's
 * report for the month before it starts, so that it can run again on the same database.
 */
@BrowserTest
class MonthlyCycleJourneyIT extends Journey {

    private static final String UNIT_CODE = "H003";
    private static final String HEAD = "journey.tayho";
    private static final String DEPUTY = "journey.tayho.pho";
    private static final String HEAD_NAME = "Trần Văn Hòa";
    private static final String DEPUTY_NAME = "Lê Thị Thu";
    private static final String COMMENT_2B = "Đề nghị bổ sung số liệu phản ánh về thái độ phục vụ của công chức.";
    private static final String REVISED_2B = "Đã bổ sung: không có phản ánh nào về thái độ phục vụ trong tháng.";

    @Autowired
    StoredAccounts accounts;

    @Autowired
    UnitDirectory units;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    ReportingPeriods periods;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Test
    void aDistrictOfficeReportsItsMonthIsReturnedResubmitsAndIsAcceptedWhileTheDirectorFollows() {
        YearMonth month = YearMonth.now(clock).minusMonths(1);
        prepareUnit(month);

        long id = draftedByTheHeadAndSubmittedByTheDeputy(month);
        returnedWithACommentRevisedAndAccepted(id);
        followedByTheProvincialDirector(month, id);
    }

    /** (1) The head starts and fills last month's report, the deputy finds the draft, corrects a mistake and submits. */
    private long draftedByTheHeadAndSubmittedByTheDeputy(YearMonth month) {
        Page page = signedIn(HEAD);
        page.onDialog(Dialog::accept);

        page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Báo cáo của đơn vị").setExact(true)).first().click();
        assertThat(page.locator("h1")).hasText("Báo cáo tự đánh giá của đơn vị");
        Locator row = page.locator("[data-testid=my-reports] tr[data-month='" + month + "']");
        assertThat(row).containsText("Tháng " + month.format(DateTimeFormatter.ofPattern("MM/yyyy")));
        assertThat(row).containsText(month.plusMonths(1).atDay(1).format(DateTimeFormatter.ofPattern("MM/yyyy")));
        assertThat(row.getByTestId("state-badge")).hasText("Chưa lập");
        Chromium.screenshot(page, "bao-cao-danh-sach-thang");

        row.getByRole(AriaRole.LINK).click();
        assertThat(page.getByTestId("start-report").locator("h1"))
                .hasText("Lập báo cáo tháng " + month.format(DateTimeFormatter.ofPattern("MM/yyyy")));
        Chromium.screenshot(page, "bao-cao-bat-dau");
        page.getByText("Lập báo cáo mới").click();

        assertThat(page.getByTestId("report-form")).isVisible();
        assertThat(page).hasURL(Pattern.compile("/reports/\\d+/edit$"));
        long id = Long.parseLong(page.url().replaceAll(".*/reports/(\\d+)/edit$", "$1"));

        Long headId = accountId(HEAD);
        Long deputyId = accountId(DEPUTY);
        Locator duties = page.locator("[data-testid=report-form] form div.card[data-duty]");
        assertThat(duties).hasCount(7);
        for (int i = 0; i < 7; i++) {
            String code = duties.nth(i).getAttribute("data-duty");
            if (i == 6) {
                page.locator("#duties" + i + "-status-PARTIAL").check();
                field(page, i, "shortfallReason").fill("Chưa tổ chức được hội nghị sơ kết do trùng lịch công tác của Thành phố.");
                field(page, i, "remedy").fill("Tổ chức sơ kết trong tháng sau, giao Phòng Tổ chức - Hành chính chuẩn bị.");
            } else {
                page.locator("#duties" + i + "-status-DONE").check();
            }
            field(page, i, "whatWasDone").fill("Kết quả thực hiện nhiệm vụ " + code + " trong tháng.");
            page.locator("select[name='duties[" + i + "].responsibleLeaderId']")
                    .selectOption(String.valueOf(i % 2 == 0 ? headId : deputyId));
            fillIndicators(page, i);
        }
        page.locator("button[name=action][value=save]").click();
        assertThat(page.locator(".alert-success")).hasText("Đã lưu nháp.");
        assertThat(page.getByTestId("state-badge")).hasText("Bản nháp");
        Chromium.screenshotOfWindow(page, "bao-cao-nhap");

        handOver(page, DEPUTY);
        page.navigate(url("/my-unit/reports"));
        Locator draftRow = page.locator("[data-testid=my-reports] tr[data-month='" + month + "']");
        assertThat(draftRow.getByTestId("state-badge")).hasText("Bản nháp");
        draftRow.getByRole(AriaRole.LINK).click();
        assertThat(page).hasURL(url("/reports/" + id));
        assertThat(page.locator("[data-testid=report] [data-duty='2a']")).containsText("Kết quả thực hiện nhiệm vụ 2a trong tháng.");
        page.getByText("Chỉnh sửa báo cáo").click();
        assertThat(field(page, 0, "whatWasDone")).hasValue("Kết quả thực hiện nhiệm vụ 2a trong tháng.");
        assertThat(page.locator("#duties1-status-DONE")).isChecked();
        assertThat(page.locator("select[name='duties[1].responsibleLeaderId']")).hasValue(String.valueOf(deputyId));

        field(page, 1, "whatWasDone").fill("");
        page.locator("button[name=action][value=submit]").click();
        Locator duty2b = page.locator("[data-testid=report-form] [data-duty='2b']");
        assertThat(duty2b.locator(".invalid-feedback")).hasText("Vui lòng nêu kết quả thực hiện.");
        assertThat(field(page, 1, "whatWasDone")).hasClass(Pattern.compile("is-invalid"));
        assertThat(page.locator("[data-testid=report-form] .alert-danger")).isVisible();
        assertThat(field(page, 0, "whatWasDone")).hasValue("Kết quả thực hiện nhiệm vụ 2a trong tháng.");
        Chromium.screenshot(duty2b, "bao-cao-loi-khi-nop");

        field(page, 1, "whatWasDone").fill("Kết quả thực hiện nhiệm vụ 2b trong tháng.");
        page.locator("button[name=action][value=submit]").click();
        assertThat(page).hasURL(url("/reports/" + id));
        assertThat(page.locator(".alert-success")).hasText("Đã nộp báo cáo.");
        assertThat(page.getByTestId("state-badge")).hasText("Đã nộp");
        Chromium.screenshotOfWindow(page, "bao-cao-da-nop");
        close(page);
        return id;
    }

    /** (2) Vụ TCCB returns the report with a comment on duty 2b; the head revises and resubmits; it is accepted. */
    private void returnedWithACommentRevisedAndAccepted(long id) {
        Page page = signedIn("tccb");
        page.onDialog(Dialog::accept);
        page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Thẩm định").setExact(true)).first().click();
        assertThat(page.locator("h1")).hasText("Thẩm định báo cáo");
        Locator queue = page.getByTestId("review-queue");
        queue.locator("select[name=month]").selectOption(YearMonth.now(clock).minusMonths(1).toString());
        queue.locator("select[name=province]").selectOption(new SelectOption()
                .setLabel("BHXH thành phố Hà Nội"));
        queue.locator("form[method=get] button[type=submit]").click();
        assertThat(page).hasURL(Pattern.compile("month="));
        Locator row = queue.locator("tr[data-report='" + id + "']");
        assertThat(row).containsText("BHXH quận Tây Hồ");
        assertThat(row.getByTestId("state-badge")).hasText("Đã nộp");
        Chromium.screenshot(page, "tham-dinh-hang-doi");

        row.locator("a[href$='/review/" + id + "']").click();
        assertThat(page).hasURL(url("/review/" + id));
        assertThat(page.getByTestId("review-decide")).containsText("BHXH quận Tây Hồ");
        page.getByLabel("Ý kiến về nhiệm vụ 2b").fill(COMMENT_2B);
        Chromium.screenshot(page.getByLabel("Ý kiến về nhiệm vụ 2b").locator("xpath=../.."), "tham-dinh-tra-lai");
        page.locator("button[name=decision][value=return]").click();
        assertThat(page).hasURL(url("/review"));
        assertThat(page.locator(".alert-success")).hasText("Đã trả lại báo cáo để đơn vị chỉnh sửa.");

        handOver(page, HEAD);
        page.navigate(url("/reports/" + id));
        assertThat(page.getByTestId("state-badge")).hasText("Trả lại");
        page.getByText("Chỉnh sửa báo cáo").click();
        Locator duty2b = page.locator("[data-testid=report-form] [data-duty='2b']");
        assertThat(duty2b.getByTestId("reviewer-comment")).containsText(COMMENT_2B);
        assertThat(page.locator("[data-testid=report-form] [data-duty='2a'] [data-testid=reviewer-comment]")).hasCount(0);
        Chromium.screenshot(duty2b, "bao-cao-y-kien-tham-dinh");
        field(page, 1, "whatWasDone").fill(REVISED_2B);
        page.locator("button[name=action][value=submit]").click();
        assertThat(page).hasURL(url("/reports/" + id));
        assertThat(page.getByTestId("state-badge")).hasText("Đã nộp");

        handOver(page, "tccb");
        page.navigate(url("/review/" + id));
        assertThat(page.locator("[data-testid=review-decide] [data-duty='2b']")).containsText(REVISED_2B);
        page.locator("#note").fill("Báo cáo đạt yêu cầu.");
        page.locator("button[name=decision][value=accept]").click();
        assertThat(page).hasURL(url("/review"));
        assertThat(page.locator(".alert-success")).hasText("Đã chấp nhận báo cáo.");

        page.navigate(url("/reports/" + id));
        assertThat(page.getByTestId("state-badge")).hasText("Đã chấp nhận");
        Locator history = page.getByTestId("history");
        for (String step : new String[] {"Lập báo cáo", "Nộp báo cáo", "Trả lại để chỉnh sửa", "Nộp lại sau khi chỉnh sửa", "Chấp nhận"}) {
            assertThat(history).containsText(step);
        }
        assertThat(page.getByTestId("decisions")).containsText("Báo cáo đạt yêu cầu.");
        Chromium.screenshot(history.locator("xpath=.."), "bao-cao-lich-su");
        close(page);
    }

    /** (5) The director of BHXH thành phố Hà Nội finds Tây Hồ's accepted report among the province's. */
    private void followedByTheProvincialDirector(YearMonth month, long id) {
        Page page = signedIn("hanoi");
        page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Báo cáo trong tỉnh").setExact(true)).first().click();
        assertThat(page.getByTestId("province-reports")).isVisible();
        page.locator("#month").selectOption(month.toString());
        // the select submits by itself once app.js has loaded; the button works in any case
        if (!page.url().contains("month=" + month)) {
            page.locator("[data-testid=province-reports] form button[type=submit]").click();
        }
        assertThat(page).hasURL(Pattern.compile("month=" + month));
        Locator row = page.locator("[data-testid=province-reports] tr[data-unit='" + UNIT_CODE + "']");
        assertThat(row).containsText("BHXH quận Tây Hồ");
        assertThat(row.getByTestId("state-badge")).hasText("Đã chấp nhận");
        Chromium.screenshot(page, "giam-doc-tinh-danh-sach");
        row.locator("a").click();
        assertThat(page).hasURL(url("/reports/" + id));
        assertThat(page.getByTestId("report")).containsText("BHXH quận Tây Hồ");
        assertThat(page.getByText("Chỉnh sửa báo cáo")).hasCount(0);
        close(page);
    }

    // ---- helpers ----

    /** Tây Hồ's head and deputy, created once; the month open; any report of an earlier run cleared. */
    private void prepareUnit(YearMonth month) {
        ensureLeader(HEAD, HEAD_NAME, Position.HEAD);
        ensureLeader(DEPUTY, DEPUTY_NAME, Position.DEPUTY);
        periods.open(month);
        Long unitId = units.refByCode(UNIT_CODE).orElseThrow().id();
        Long periodId = periods.get(month).id();
        for (Long reportId : jdbc.queryForList("SELECT id FROM self_assessment WHERE unit_id = ? AND period_id = ?",
                Long.class, unitId, periodId)) {
            jdbc.update("""
                    DELETE FROM review_comment WHERE review_decision_id IN (SELECT d.id FROM review_decision d
                    JOIN submission s ON s.id = d.submission_id WHERE s.self_assessment_id = ?)""", reportId);
            jdbc.update("DELETE FROM review_decision WHERE submission_id IN (SELECT id FROM submission WHERE self_assessment_id = ?)",
                    reportId);
            jdbc.update("DELETE FROM submission WHERE self_assessment_id = ?", reportId);
            jdbc.update("DELETE FROM self_assessment WHERE id = ?", reportId);
        }
    }

    private void ensureLeader(String username, String fullName, Position position) {
        testAccounts.ensureLeader(username, fullName, UNIT_CODE, position);
    }

    private Long accountId(String username) {
        return accounts.findByUsernameIgnoreCase(username).orElseThrow().getId();
    }

    private static Locator field(Page page, int duty, String name) {
        return page.locator("textarea[name='duties[" + duty + "]." + name + "']");
    }

    /** Every figure of a duty: 1 for numbers and percentages, "Có" for yes/no questions. */
    private static void fillIndicators(Page page, int duty) {
        String prefix = "duties[" + duty + "].values[";
        for (Locator input : page.locator("input[name^='" + prefix + "']").all()) {
            input.fill("1");
        }
        for (Locator select : page.locator("select[name^='" + prefix + "']").all()) {
            select.selectOption("1");
        }
    }

    /** The person at the browser signs out, and the next one signs in on the same page. */
    private void handOver(Page page, String next) {
        page.getByText("Đăng xuất").click();
        assertThat(page).hasURL(url("/login?logout"));
        signIn(page, next);
    }

}
