package vn.bhxh.tracker.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;

/**
 * The accessibility check of the journeys, on pages made up here and served by Playwright itself
 * (no application, no network): a page breaking WCAG fails with the rule, the element and what is
 * wrong, even when the journey left it at once; a page meeting it passes.
 */
class AxeCheckIT {

    /** An address nothing listens on: Playwright answers every request for it. */
    private static final String SITE = "http://localhost:1/";
    private static final String GOOD = """
            <!DOCTYPE html><html lang="vi"><head><title>Trang tốt</title></head>
            <body><main><h1>Trang tốt</h1><p style="color:#212529">Chữ đủ đậm.</p></main></body></html>""";
    private static final String FAINT_AND_UNLABELLED = """
            <!DOCTYPE html><html lang="vi"><head><title>Trang lỗi</title></head>
            <body><main><h1>Trang lỗi</h1><p style="color:#ffc107">Chữ vàng trên nền trắng.</p>
            <form><input type="text" name="q"></form></main></body></html>""";

    private static Chromium chromium;

    @BeforeAll
    static void startChromium() {
        chromium = new Chromium();
    }

    @AfterAll
    static void stopChromium() {
        chromium.close();
    }

    @Test
    void aPageWithFaintTextAndAnUnlabelledFieldFailsNamingTheRulesTheElementsAndWhatIsWrong() {
        Page page = servedPage();
        page.navigate(SITE + "faint");

        assertThatThrownBy(chromium.axe()::assertNoViolations)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(SITE + "faint")
                .hasMessageContaining("color-contrast (serious)")
                .hasMessageContaining("\n    [p]\n")
                .hasMessageContaining("insufficient color contrast of 1.63")
                .hasMessageContaining("label (critical)")
                .hasMessageContaining("[input]");
        page.context().close();
    }

    @Test
    void aPageLeftAtOnceIsCheckedAllTheSame() {
        Page page = servedPage();
        page.navigate(SITE + "faint");
        page.navigate(SITE + "good");

        assertThatThrownBy(chromium.axe()::assertNoViolations).hasMessageContaining(SITE + "faint")
                .hasMessageNotContaining(SITE + "good");
        page.context().close();
    }

    @Test
    void aPageMeetingWcagPassesAndTheFindingsOfAnEarlierTestDoNotCountAgain() {
        Page bad = servedPage();
        bad.navigate(SITE + "faint");
        assertThatThrownBy(chromium.axe()::assertNoViolations).isInstanceOf(AssertionError.class);
        bad.context().close();

        Page page = servedPage();
        page.navigate(SITE + "good");
        assertThatCode(chromium.axe()::assertNoViolations).doesNotThrowAnyException();
        page.context().close();
    }

    @Test
    void aPageCanBeCheckedAsItIsNow() {
        Page page = servedPage();
        page.navigate(SITE + "good");
        assertThatCode(() -> AxeCheck.assertAccessible(page)).doesNotThrowAnyException();
        page.navigate(SITE + "faint");
        assertThatThrownBy(() -> AxeCheck.assertAccessible(page)).hasMessageContaining("color-contrast (serious)");
        assertThat(page.url()).isEqualTo(SITE + "faint");
        // the journeys' own check saw the same pages
        chromium.axe().settle(page);
        page.context().close();
        assertThatThrownBy(chromium.axe()::assertNoViolations).hasMessageContaining(SITE + "faint");
    }

    /** A watched page whose two addresses Playwright serves. */
    private static Page servedPage() {
        Page page = chromium.newPage();
        page.route(SITE + "**", route -> route.fulfill(new com.microsoft.playwright.Route.FulfillOptions()
                .setContentType("text/html; charset=utf-8")
                .setBody(route.request().url().endsWith("/faint") ? FAINT_AND_UNLABELLED : GOOD)));
        return page;
    }
}
