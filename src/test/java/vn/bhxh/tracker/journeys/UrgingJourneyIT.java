package vn.bhxh.tracker.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;

import vn.bhxh.tracker.demo.DemoMailbox;
import vn.bhxh.tracker.support.BrowserTest;
import vn.bhxh.tracker.support.Chromium;
import vn.bhxh.tracker.support.Journey;
import vn.bhxh.tracker.support.DemoUsers;

/**
 * Urging in Chromium (item 3 of the directive): Vụ TCCB picks a late district office of Hà Nội for
 * last month, reads the e-mail before it goes, sends it; the office's head receives it with the
 * provincial director copied, and sees on their own page that they were reminded.
 */
@BrowserTest
class UrgingJourneyIT extends Journey {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Autowired
    DemoMailbox mailbox;

    @Test
    void theReviewerPreviewsAndSendsAReminderThatTheUnitThenSees() throws Exception {
        String lastMonth = YearMonth.now(VIETNAM).minusMonths(1).format(DateTimeFormatter.ofPattern("MM/yyyy"));
        Page page = signedIn("tccb");
        page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Đôn đốc").setExact(true)).click();
        assertThat(page.getByTestId("reminders").locator("h1")).hasText("Đôn đốc nộp báo cáo tháng " + lastMonth);
        page.locator("select[name=province]").selectOption(new SelectOption().setLabel("BHXH thành phố Hà Nội"));
        page.getByTestId("reminders").locator("form button[type=submit]").first().click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*[?&]province=\\d+.*"));
        assertThat(page.locator("tbody tr").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasNotText("Hà Nội")).filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("BHXH tỉnh"))).hasCount(0);
        assertThat(page.locator("tr[data-unit=H008]")).containsText("BHXH quận Hoàng Mai");

        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xem trước")).click();
        assertThat(page.locator(".alert-danger")).containsText("Chưa chọn đơn vị nào");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*[?&]province=\\d+.*")); // still Hà Nội's list
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD); // the script behind "select all"

        page.locator("[data-select-all=unit]").check();
        assertThat(page.locator("input[name=unit]:checked")).hasCount(page.locator("input[name=unit]").count());
        page.locator("[data-select-all=unit]").uncheck();
        assertThat(page.locator("input[name=unit]:checked")).hasCount(0);
        page.locator("tr[data-unit=H008] input[type=checkbox]").check();
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xem trước")).click();
        assertThat(page.getByTestId("reminder-preview").locator("h1")).containsText("1 đơn vị");
        assertThat(page.locator("article[data-unit=H008]")).containsText("hoangmai@demo.invalid");
        assertThat(page.locator("article[data-unit=H008]")).containsText("hanoi@demo.invalid");
        assertThat(page.locator("article[data-unit=H008]")).containsText("chưa nộp báo cáo");
        Chromium.screenshotOfWindow(page, "don-doc-xem-truoc");

        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi nhắc nhở")).click();
        assertThat(page.locator(".alert-success")).containsText("Đã gửi 1 thư nhắc nhở.");
        assertThat(page.getByTestId("sent-reminders")).containsText("BHXH quận Hoàng Mai");
        assertThat(page.getByTestId("sent-reminders")).containsText("Gửi thủ công");

        List<MimeMessage> mails = mailbox.received().stream()
                .filter(mail -> recipients(mail, Message.RecipientType.TO).contains("hoangmai@demo.invalid")).toList();
        // the head, the director in copy: one message, whatever the number of copies the server kept
        org.assertj.core.api.Assertions.assertThat(mails.stream().map(UrgingJourneyIT::messageId).distinct()).hasSize(1);
        org.assertj.core.api.Assertions.assertThat(mails.get(0).getSubject())
                .isEqualTo("Đôn đốc nộp báo cáo thực hiện Chỉ thị 2165/CT-BHXH tháng " + lastMonth);
        org.assertj.core.api.Assertions.assertThat(recipients(mails.get(0), Message.RecipientType.CC)).contains("hanoi@demo.invalid");
        page.context().close();

        Page head = signedIn("hoangmai");
        head.navigate(url("/my-unit/reports"));
        assertThat(head.locator("body")).containsText("Đã được nhắc ngày "
                + LocalDate.now(VIETNAM).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        head.context().close();
    }

    private static String messageId(MimeMessage mail) {
        try {
            return mail.getMessageID();
        } catch (jakarta.mail.MessagingException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    private static String recipients(MimeMessage mail, Message.RecipientType type) {
        try {
            Address[] addresses = mail.getRecipients(type);
            return addresses == null ? "" : Arrays.toString(addresses);
        } catch (jakarta.mail.MessagingException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

}
