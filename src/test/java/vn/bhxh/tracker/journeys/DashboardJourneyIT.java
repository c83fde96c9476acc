package vn.bhxh.tracker.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Page;

import vn.bhxh.tracker.support.BrowserTest;
import vn.bhxh.tracker.support.Chromium;
import vn.bhxh.tracker.support.DemoUsers;

/**
 * The oversight pages in Chromium, on the demo's sample reports of last month: Vụ TCCB's national
 * figures leading to the units behind them, the executive's ranking of provinces, and the director's
 * own province, which is all a director sees.
 */
@BrowserTest
class DashboardJourneyIT {

    private static Chromium chromium;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startChromium() {
        chromium = new Chromium();
    }

    @AfterAll
    static void stopChromium() {
        chromium.close();
    }

    @Test
    void theReviewerGoesFromAFigureToTheUnitsBehindIt() {
        Page page = signedIn("tccb");
        page.getByText("Tổng hợp").first().click();
        assertThat(page.getByTestId("dashboard").locator("h1")).containsText("Tổng hợp toàn quốc");
        assertThat(page.getByTestId("trend")).isVisible();
        Chromium.screenshotOfWindow(page, "tong-hop-toan-quoc");

        page.locator("[data-figure=WAITING]").click();
        assertThat(page.getByTestId("unit-matrix")).containsText("BHXH quận Đống Đa");
        Chromium.screenshotOfWindow(page, "tong-hop-don-vi");
        page.getByText("BHXH quận Đống Đa").click();
        assertThat(page.getByTestId("report")).containsText("BHXH quận Đống Đa");
        page.context().close();
    }

    @Test
    void theExecutiveRanksProvincesAndOpensOne() {
        Page page = signedIn("tgd");
        page.navigate(url("/dashboard/provinces"));
        assertThat(page.getByTestId("province-ranking")).containsText("BHXH thành phố Hà Nội");
        Chromium.screenshotOfWindow(page, "xep-hang-tinh");
        page.getByTestId("province-ranking").getByText("BHXH thành phố Hà Nội").click();
        assertThat(page.getByTestId("dashboard").locator("h1")).containsText("Tổng hợp BHXH thành phố Hà Nội");
        page.context().close();
    }

    @Test
    void theDirectorSeesOnlyTheirProvince() {
        Page page = signedIn("hanoi");
        page.getByText("Tổng hợp").first().click();
        assertThat(page.getByTestId("dashboard").locator("h1")).containsText("BHXH thành phố Hà Nội");
        assertThat(page.locator("select#province")).hasCount(0);
        Chromium.screenshotOfWindow(page, "tong-hop-tinh");
        page.locator("[data-figure=EXPECTED]").click();
        assertThat(page.getByTestId("unit-matrix")).containsText("BHXH quận Hoàn Kiếm");
        assertThat(page.getByTestId("unit-matrix")).not().containsText("BHXH tỉnh");
        page.navigate(url("/dashboard/provinces"));
        assertThat(page.locator("h1")).hasText("Không có quyền truy cập");
        page.context().close();
    }

    private Page signedIn(String username) {
        Page page = chromium.newPage();
        page.navigate(url("/login"));
        page.getByLabel("Tên đăng nhập").fill(username);
        page.getByLabel("Mật khẩu").fill(DemoUsers.PASSWORD);
        page.locator("form button[type=submit]").last().click();
        assertThat(page.getByTestId("current-user")).isVisible();
        return page;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
