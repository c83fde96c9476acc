package vn.bhxh.tracker.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.SelectOption;

import vn.bhxh.tracker.reporting.ReportingPeriods;
import vn.bhxh.tracker.support.BrowserTest;
import vn.bhxh.tracker.support.Chromium;
import vn.bhxh.tracker.support.Journey;
import vn.bhxh.tracker.support.TestClock;

/**
 * Urging in Chromium (item 3 of the directive) on 3 December 2026, two days before November's
 * deadline: Vụ TCCB goes from the home page to the offices not yet submitted, selects that group
 * for Hà Nội, reads the e-mails before they go and sends them; the demo inbox holds the mail to
 * Hoàng Mai's head with Hà Nội's director in copy, and the head sees on their page that they were
 * reminded, with the days left.
 */
@BrowserTest
class UrgingJourneyIT extends Journey {

    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

    // the demo profile wraps the application's clock (demo.DemoClock): the test clock itself is this one
    final TestClock clock = TestClock.INSTANCE;

    @Autowired
    ReportingPeriods periods;

    @AfterEach
    void backToTheRunsClock() {
        clock.reset();
    }

    @Test
    void twoDaysBeforeTheDeadlineTheReviewerUrgesTheOfficesNotYetSubmittedOfOneProvince() {
        periods.open(NOVEMBER);
        clock.freezeAt(LocalDateTime.of(2026, 12, 3, 10, 0));

        Page page = signedIn("tccb");
        Locator due = page.getByTestId("not-submitted");
        assertThat(due).containsText("Kỳ báo cáo hiện tại: tháng 11/2026");
        assertThat(due).containsText("còn 2 ngày");
        assertThat(due.getByTestId("not-submitted-count")).containsText("đơn vị chưa nộp báo cáo của tháng này");
        Chromium.screenshotOfWindow(page, "trang-chu-tccb-truoc-han");

        due.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Đôn đốc các đơn vị chưa nộp")).click();
        assertThat(page.getByTestId("reminders").locator("h1")).hasText("Đôn đốc nộp báo cáo tháng 11/2026");
        page.locator("select[name=province]").selectOption(new SelectOption().setLabel("BHXH thành phố Hà Nội"));
        page.getByTestId("reminders").locator("form button[type=submit]").first().click();
        assertThat(page).hasURL(Pattern.compile(".*[?&]province=\\d+.*"));
        Locator notYet = page.locator("tbody[data-group=NOT_DUE]");
        assertThat(notYet.locator("tr.table-light")).containsText("Chưa nộp, còn 2 ngày đến hạn");
        assertThat(notYet.locator("tr[data-unit=H008]")).containsText("BHXH cơ sở Hoàng Mai - Thanh Trì");
        assertThat(page.locator("tbody[data-group=MISSING]")).hasCount(0);

        page.waitForLoadState(LoadState.LOAD); // the script behind "select the group"
        page.locator("input[data-select-group=NOT_DUE]").check();
        int offices = notYet.locator("input[name=unit]").count();
        assertThat(notYet.locator("input[name=unit]:checked")).hasCount(offices);
        Chromium.screenshot(page, "don-doc-truoc-han");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xem trước")).click();
        assertThat(page.getByTestId("reminder-preview").locator("h1")).containsText(offices + " đơn vị");
        Locator hoangMai = page.locator("article[data-unit=H008]");
        assertThat(hoangMai).containsText("hoangmai@demo.invalid");
        assertThat(hoangMai).containsText("hanoi@demo.invalid");
        assertThat(hoangMai).containsText("là ngày 05/12/2026 (còn 2 ngày), nhưng đến nay BHXH cơ sở Hoàng Mai - Thanh Trì chưa nộp báo cáo.");
        Chromium.screenshotOfWindow(page, "don-doc-xem-truoc");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi nhắc nhở")).click();
        assertThat(page.locator(".alert-success")).containsText("thư nhắc nhở");
        assertThat(page.getByTestId("sent-reminders")).containsText("BHXH cơ sở Hoàng Mai - Thanh Trì");
        assertThat(page.getByTestId("sent-reminders")).containsText("Gửi thủ công");

        theDemoInboxHoldsTheMailWithTheDirectorInCopy(page);
        close(page);

        Page head = signedIn("hoangmai");
        assertThat(head.getByTestId("due-now")).containsText("còn 2 ngày");
        head.navigate(url("/my-unit/reports"));
        assertThat(head.locator("[data-testid=my-reports] tr[data-month='2026-11']"))
                .containsText("Đã được nhắc ngày 03/12/2026");
        close(head);
    }

    /** The demo profile's mail catcher, opened from the header as a newcomer would. */
    private void theDemoInboxHoldsTheMailWithTheDirectorInCopy(Page page) {
        page.getByTestId("nav-demo-mailbox").click();
        assertThat(page.getByTestId("demo-mailbox").locator("h1")).hasText("Hộp thư demo");
        Locator mail = page.getByTestId("demo-mail")
                .filter(new Locator.FilterOptions().setHas(page.locator("[data-field=to]",
                        new Page.LocatorOptions().setHasText("hoangmai@demo.invalid"))))
                .filter(new Locator.FilterOptions().setHasText("tháng 11/2026"))
                .filter(new Locator.FilterOptions().setHasText("(còn 2 ngày)")).first();
        assertThat(mail).containsText("Đôn đốc nộp báo cáo thực hiện Chỉ thị 2165/CT-BHXH tháng 11/2026");
        assertThat(mail.locator("[data-field=cc]")).containsText("hanoi@demo.invalid");
        assertThat(mail.locator("[data-field=body]")).containsText("Kính gửi: Lãnh đạo BHXH cơ sở Hoàng Mai - Thanh Trì,");
        Chromium.screenshot(mail, "hop-thu-demo");
    }
}
