package vn.bhxh.tracker.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import vn.bhxh.tracker.support.BrowserTest;
import vn.bhxh.tracker.support.Chromium;
import vn.bhxh.tracker.support.Journey;
import vn.bhxh.tracker.support.DemoUsers;
import vn.bhxh.tracker.support.FailingPage;
import vn.bhxh.tracker.support.TestAccounts;
import vn.bhxh.tracker.account.Position;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A person at the login page in Chromium: each demo role reaches its own home page; mistakes are explained. */
@BrowserTest
class SignInJourneyIT extends Journey {

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @ParameterizedTest(name = "{0} signs in and sees {1}")
    @CsvSource({
            "admin, home-admin, Quản trị hệ thống",
            "tccb, home-reviewer, Ban Tổ chức cán bộ (thẩm định)",
            "tgd, home-executive, Lãnh đạo Ngành",
            "hanoi, home-province-director, Giám đốc BHXH tỉnh",
            "badinh, home-unit-leader, Lãnh đạo đơn vị",
            "badinh.pho, home-unit-leader, Lãnh đạo đơn vị"})
    void eachDemoRoleSignsInToItsOwnHomePage(String username, String homeTestId, String roleLabel) {
        Page page = chromium.newPage();
        page.navigate(url("/"));
        assertThat(page).hasURL(url("/login"));
        assertThat(page.locator("h1")).hasText("Đăng nhập hệ thống");
        if (username.equals("admin")) {
            Chromium.screenshot(page, "dang-nhap");
        }

        submitLogin(page, username, DemoUsers.PASSWORD);

        assertThat(page.getByTestId(homeTestId)).isVisible();
        assertThat(page.getByTestId("current-roles")).containsText(roleLabel);
        Chromium.screenshot(page, "trang-chu-" + username.replace('.', '-'));
        close(page);
    }

    @Test
    void aWrongPasswordShowsTheVietnameseErrorAndNoHomePage() {
        Page page = afterLogin("badinh", "sai-mat-khau");
        assertThat(page.getByTestId("login-error"))
                .hasText("Tên đăng nhập hoặc mật khẩu không đúng, hoặc tài khoản đã bị khóa.");
        Chromium.screenshot(page, "dang-nhap-sai-mat-khau");
        close(page);
    }

    @Test
    void theDirectorSeesTheDistrictOfficesOfHanoi() {
        Page page = signedIn("hanoi");
        assertThat(page.getByTestId("district-offices")).containsText("BHXH cơ sở Ba Đình");
        // 30 district offices in 2021; from 07/2025 the demo's sample plan merges three into three others
        assertThat(page.getByTestId("district-offices").locator("tbody tr")).hasCount(27);
        close(page);
    }

    @Test
    void aUnitLeaderWhoOpensAnAdminPageSeesTheVietnameseRefusal() {
        Page page = signedIn("badinh");
        page.navigate(url("/admin/users"));
        assertThat(page.locator("h1")).hasText("Không có quyền truy cập");
        page.navigate(url("/khong-co-trang-nay"));
        assertThat(page.locator("h1")).hasText("Không tìm thấy trang");
        close(page);
    }

    @Test
    void theAdministratorFindsBaDinhWithoutTypingDiacritics() {
        Page page = signedIn("admin");
        page.navigate(url("/admin/units"));
        page.locator("input[name=q]").fill("ba dinh");
        page.locator("form[role=search] button[type=submit]").click();
        assertThat(page.getByTestId("unit-list")).containsText("BHXH cơ sở Ba Đình");
        Chromium.screenshot(page, "quan-tri-tim-don-vi");
        page.getByText("BHXH cơ sở Ba Đình").click();
        assertThat(page.getByTestId("unit-details").locator(".breadcrumb")).containsText("BHXH thành phố Hà Nội");

        page.navigate(url("/admin/users/new"));
        page.locator("form[method=post] button[type=submit]").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Lưu")).click();
        assertThat(page.getByTestId("user-form")).containsText("Vui lòng nhập tên đăng nhập.");
        Chromium.screenshotOfWindow(page, "quan-tri-them-nguoi-dung");

        page.navigate(url("/checklist"));
        assertThat(page.locator("[data-duty='2đ']").first()).containsText("Hoàn thành chỉ tiêu");
        Chromium.screenshotOfWindow(page, "bo-tieu-chi");
        close(page);
    }

    @Test
    void theAdministratorGoesFromTheHomePanelToTheDistrictOfficesStillWaitingForTheirLocalOffice() {
        Page page = signedIn("admin");
        assertThat(page.getByTestId("open-items")).containsText("Việc còn lại sau sắp xếp tổ chức");
        page.getByTestId("open-items").getByText("BHXH cấp huyện chưa rõ thuộc BHXH cơ sở nào").click();
        assertThat(page.getByTestId("open-item-list").locator("tbody tr")).hasCount(20);
        assertThat(page.getByTestId("open-item-list")).containsText("BHXH quận Tây Hồ");
        Chromium.screenshotOfWindow(page, "quan-tri-viec-con-lai");
        close(page);
    }

    @Test
    void aServerErrorShowsTheVietnamese500PageWithoutAnyDetail() {
        Page page = signedIn("badinh");
        var response = page.navigate(url(FailingPage.PATH));
        org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(500);
        assertThat(page.locator("h1")).hasText("Đã có lỗi xảy ra");
        org.assertj.core.api.Assertions.assertThat(page.content())
                .doesNotContain(FailingPage.SECRET)
                .doesNotContain("IllegalStateException")
                .doesNotContain("at vn.bhxh");
        close(page);
    }

    @Test
    void disablingAUserAsksFirstAndDoesNothingWhenTheAdministratorSaysNo() {
        Long id = testAccounts.ensureLeader("journey.cauGiay".toLowerCase(), "Vũ Minh Tâm", "H005", Position.HEAD);
        Page page = signedIn("admin");
        page.navigate(url("/admin/users/" + id));
        assertThat(page.getByTestId("account-status")).containsText("Đang hoạt động");

        page.onceDialog(dialog -> {
            org.assertj.core.api.Assertions.assertThat(dialog.message()).startsWith("Khóa tài khoản này?");
            dialog.dismiss();
        });
        page.getByText("Khóa tài khoản").click();
        assertThat(page.getByTestId("account-status")).containsText("Đang hoạt động");

        page.onceDialog(dialog -> dialog.accept());
        page.getByText("Khóa tài khoản").click();
        assertThat(page.getByTestId("account-status")).containsText("Đã khóa");
        page.onceDialog(dialog -> dialog.accept());
        page.getByText("Mở khóa tài khoản").click();
        assertThat(page.getByTestId("account-status")).containsText("Đang hoạt động");
        close(page);
    }

    @Test
    void aLockedUserIsToldWhenToComeBackAndTheAdministratorUnlocksThemAfterConfirming() {
        String username = "journey.tamkhoa";
        Long id = testAccounts.ensureLeader(username, "Hoàng Văn Khải", "H006", Position.HEAD);
        lockSignInOf(username);

        Page user = afterLogin(username, DemoUsers.PASSWORD);
        assertThat(user.getByTestId("login-throttled")).containsText("Vui lòng thử lại sau 15 phút.");
        assertThat(user.getByTestId("current-user")).hasCount(0);
        Chromium.screenshot(user, "dang-nhap-tam-khoa");
        close(user);

        Page admin = signedIn("admin");
        admin.navigate(url("/admin/users"));
        assertThat(admin.getByTestId("sign-in-locks")).containsText(username);
        admin.navigate(url("/admin/users/" + id));
        assertThat(admin.getByTestId("sign-in-restriction")).containsText("Đăng nhập bị tạm khóa đến");
        Chromium.screenshotOfWindow(admin, "quan-tri-go-tam-khoa");
        Locator unlock = admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gỡ tạm khóa đăng nhập"));
        admin.onceDialog(dialog -> {
            org.assertj.core.api.Assertions.assertThat(dialog.message()).startsWith("Gỡ tạm khóa đăng nhập cho tài khoản này?");
            dialog.dismiss();
        });
        unlock.click();
        assertThat(admin.getByTestId("sign-in-restriction")).isVisible();
        admin.onceDialog(dialog -> dialog.accept());
        unlock.click();
        assertThat(admin.locator(".alert-success")).containsText("Đã gỡ tạm khóa đăng nhập cho " + username);
        assertThat(admin.getByTestId("sign-in-restriction")).hasCount(0);
        close(admin);

        Page again = signedIn(username);
        assertThat(again.getByTestId("home-unit-leader")).isVisible();
        close(again);
    }

    /** Ten failures and a fresh lock, as the throttle leaves them (counting them is SignInThrottlingTest's job). */
    private void lockSignInOf(String username) {
        Instant now = clock.instant();
        jdbc.update("""
                INSERT INTO sign_in_throttle (kind, subject, failures, window_started_at, last_attempt_at, locked_until)
                VALUES ('ACCOUNT', ?, 10, ?, ?, ?)
                ON CONFLICT (kind, subject) DO UPDATE SET failures = 10, window_started_at = excluded.window_started_at,
                    last_attempt_at = excluded.last_attempt_at, locked_until = excluded.locked_until
                """, username, Timestamp.from(now), Timestamp.from(now), Timestamp.from(now.plus(Duration.ofMinutes(15))));
    }

    @Test
    void theLanguageSwitchTurnsThePageToEnglish() {
        Page page = chromium.newPage();
        page.navigate(url("/login"));
        page.getByText("English").click();
        assertThat(page.locator("h1")).hasText("Sign in");
        close(page);
    }

}
