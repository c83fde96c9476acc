package vn.bhxh.tracker.support;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.SelectOption;

/**
 * What every browser journey shares: one Chromium for the test class, the application's address on
 * its random port, signing in through the login form as a person would, and axe-core's check of
 * every page the journey visited (WCAG 2.1 A and AA), which fails the test that visited a page
 * breaking it.
 */
public abstract class Journey {

    protected static Chromium chromium;

    @LocalServerPort
    protected int port;

    @BeforeAll
    static void startChromium() {
        chromium = new Chromium();
    }

    @AfterAll
    static void stopChromium() {
        chromium.close();
    }

    @AfterEach
    void everyPageVisitedMeetsWcag() {
        chromium.axe().assertNoViolations();
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /**
     * Chooses an option of a select that reloads its page on change (data-autosubmit), once the
     * script doing so has loaded, and waits for the new page.
     */
    protected static void chooseAndReload(Page page, Locator select, SelectOption option) {
        page.waitForLoadState(LoadState.LOAD);
        String before = page.url();
        select.selectOption(option);
        page.waitForURL(address -> !address.equals(before));
    }

    /** Fills in and sends the login form on the page as it is (no check of the outcome). */
    protected static void submitLogin(Page page, String username, String password) {
        page.getByLabel("Tên đăng nhập").fill(username);
        page.getByLabel("Mật khẩu").fill(password);
        page.locator("form button[type=submit]").last().click();
    }

    /** Signs in on this page with the demo password and waits until the header names the user. */
    protected void signIn(Page page, String username) {
        page.navigate(url("/login"));
        submitLogin(page, username, DemoUsers.PASSWORD);
        assertThat(page.getByTestId("current-user")).isVisible();
    }

    /** Closes the page's browser context, once its document has reached axe-core's check (see {@link AxeCheck#settle}). */
    protected static void close(Page page) {
        chromium.axe().settle(page);
        page.context().close();
    }

    /** A fresh browser context (no cookies), signed in. */
    protected Page signedIn(String username) {
        Page page = chromium.newPage();
        signIn(page, username);
        return page;
    }

    /** A fresh browser context (no cookies) that has sent the login form; what came of it is the test's to check. */
    protected Page afterLogin(String username, String password) {
        Page page = chromium.newPage();
        page.navigate(url("/login"));
        submitLogin(page, username, password);
        return page;
    }
}
