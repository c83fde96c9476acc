package vn.bhxh.tracker.support;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.LoadState;

/**
 * Debian's Chromium driven by Playwright, never a downloaded browser. One per test class; each test
 * takes a fresh context (cookies) from it. Every document its pages load is checked by axe-core
 * ({@link AxeCheck}).
 */
public final class Chromium implements AutoCloseable {

    public static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    /** The window: a desktop's. */
    static final int WIDTH = 1280;
    static final int HEIGHT = 900;

    private final Playwright playwright;
    private final Browser browser;
    private final AxeCheck axe;

    public Chromium() {
        // pages render slower on a busy 2-core CI machine than Playwright's 5-second default expects
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get("/usr/bin/chromium"))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run")));
        axe = new AxeCheck(browser);
    }

    /** A new page in a fresh context, in Vietnamese, at a desktop size; axe-core checks each document it loads. */
    public Page newPage() {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setLocale("vi-VN")
                .setViewportSize(WIDTH, HEIGHT));
        Page page = context.newPage();
        axe.watch(context, page);
        return page;
    }

    /** The accessibility check of the pages this browser's journeys visit. */
    public AxeCheck axe() {
        return axe;
    }

    /** Saves a full-page screenshot under target/screenshots, for the user guide. */
    public static void screenshot(Page page, String name) {
        page.waitForLoadState(LoadState.LOAD);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    /** Saves what the window shows (the top of the page), under target/screenshots. */
    public static void screenshotOfWindow(Page page, String name) {
        page.waitForLoadState(LoadState.LOAD);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")));
    }

    /** Saves one part of a page (e.g. one duty of a long report), under target/screenshots. */
    public static void screenshot(Locator part, String name) {
        part.page().waitForLoadState(LoadState.LOAD);
        part.screenshot(new Locator.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
