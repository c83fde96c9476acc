package vn.bhxh.tracker.support;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.ReducedMotion;

/**
 * axe-core on every page the browser journeys visit: WCAG 2.0 and 2.1, levels A and AA. A finding
 * names the page, then each rule broken (its id, impact and summary) with the elements that break it
 * (their CSS selectors) and what axe says is wrong with each.
 *
 * <p>A journey goes from page to page as fast as Playwright lets it, and a check run in the journey's
 * own page would race with it (the journey may already be on its way to the next page, which replaces
 * the document mid-check; holding that navigation back does not help, as Playwright then cannot
 * evaluate in the page either). So each document of a watched page sends its HTML to the test as a
 * console message, once parsed and again once its scripts have run (the later one replaces the
 * earlier; a document left at once is checked as parsed); {@link #assertNoViolations()}, called by
 * {@link Journey} after each test, renders each of them in a page of its own (the document's own address as base, so the application's style
 * sheets apply; its scripts left out, their work being in the HTML already), in a window of the same
 * size, and runs axe-core there. A document already checked (the same HTML, the CSRF token aside: the
 * login page, a home page seen twice) is not checked again; its findings, if any, count again.
 */
public final class AxeCheck {

    /** WCAG 2.0 and 2.1, levels A and AA. */
    public static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static final String MARKER = "tracker-axe-document ";
    /**
     * Sends the document twice under one id: as parsed, when DOMContentLoaded starts (this listener
     * comes first, so the message is out before Playwright hears of the load and lets a journey move
     * on), and again in the task after it, once the page's own scripts have run, replacing the first
     * one. A document left at once (its load event can come before that task) is checked as parsed.
     */
    private static final String SEND_EACH_DOCUMENT = """
            (() => {
              const id = Math.random().toString(36).slice(2) + Date.now().toString(36);
              const send = () => {
                if (location.protocol === 'http:' || location.protocol === 'https:') {
                  const doctype = document.doctype ? '<!DOCTYPE ' + document.doctype.name + '>' : '';
                  console.debug('%s' + id + ' ' + location.href + '\\n' + doctype + document.documentElement.outerHTML);
                }
              };
              addEventListener('DOMContentLoaded', () => {
                send();
                setTimeout(send);
              });
            })();
            """.formatted(MARKER);
    /**
     * Resolves once the document has sent itself: it does so in the task after DOMContentLoaded, and
     * this one is queued after it (or at the latest after 10 s, for a document that never gets there).
     */
    private static final String AFTER_THE_DOCUMENT_SENT_ITSELF = """
            () => new Promise(resolve => {
              const afterIt = () => setTimeout(resolve);
              if (document.readyState === 'loading') {
                addEventListener('DOMContentLoaded', afterIt, {once: true});
              } else {
                afterIt();
              }
              setTimeout(resolve, 10000);
            })""";
    private static final Pattern CSRF_TOKEN = Pattern.compile("name=\"_csrf\" value=\"[^\"]*\"");
    private static final Pattern SCRIPT = Pattern.compile("<script\\b[^>]*>.*?</script>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern HEAD = Pattern.compile("<head\\b[^>]*>", Pattern.CASE_INSENSITIVE);

    /** Rules broken by document checked, over every journey of the run ("" for none). */
    private static final Map<String, String> CHECKED = new HashMap<>();

    private final Browser browser;
    /** Documents sent and not yet checked, by the id each one sends, in the order they first came. */
    private final Map<String, Document> documents = new LinkedHashMap<>();
    private final List<Page> watched = new ArrayList<>();
    private Page renderer;

    private record Document(String url, String html) {
    }

    AxeCheck(Browser browser) {
        this.browser = browser;
    }

    /** Collects each document the page (a new one, in its own context) shows from now on. */
    void watch(BrowserContext context, Page page) {
        context.addInitScript(SEND_EACH_DOCUMENT);
        watched.add(page);
        page.onClose(watched::remove);
        page.onConsoleMessage(message -> {
            String text = message.text();
            if (text.startsWith(MARKER)) {
                int endOfId = text.indexOf(' ', MARKER.length());
                int endOfUrl = text.indexOf('\n', endOfId);
                documents.put(text.substring(MARKER.length(), endOfId),
                        new Document(text.substring(endOfId + 1, endOfUrl), text.substring(endOfUrl + 1)));
            }
        });
    }

    /** Lets the page's present document reach the test, before the test closes the page. */
    public void settle(Page page) {
        if (page.isClosed()) {
            return;
        }
        try {
            page.evaluate(AFTER_THE_DOCUMENT_SENT_ITSELF);
        } catch (PlaywrightException leaving) {
            // the page is on its way to another document, which will send itself in turn
        }
    }

    /**
     * Checks every document collected since the last call (those of the pages still open included)
     * and fails, listing each one's violations, if any has some.
     */
    public void assertNoViolations() {
        for (Page page : List.copyOf(watched)) {
            settle(page);
        }
        List<String> findings = new ArrayList<>();
        // rendering a document lets Playwright deliver more of them meanwhile: the loop takes them too
        while (!documents.isEmpty()) {
            Document document = documents.remove(documents.keySet().iterator().next());
            String key = CSRF_TOKEN.matcher(document.html()).replaceAll("");
            String broken = CHECKED.get(key);
            if (broken == null) {
                broken = rulesBroken(render(document));
                CHECKED.put(key, broken);
            }
            if (!broken.isEmpty()) {
                findings.add(document.url() + "\n" + broken);
            }
        }
        if (!findings.isEmpty()) {
            throw new AssertionError("axe-core found accessibility violations (WCAG 2.1 A and AA):\n\n"
                    + String.join("\n\n", findings));
        }
    }

    /** Fails, listing the violations, unless the page as it is now has none. */
    public static void assertAccessible(Page page) {
        String broken = rulesBroken(page);
        if (!broken.isEmpty()) {
            throw new AssertionError("axe-core found accessibility violations (WCAG 2.1 A and AA):\n\n"
                    + page.url() + "\n" + broken);
        }
    }

    /** The document in the renderer's page, as the browser showed it, with the application's style sheets. */
    private Page render(Document document) {
        if (renderer == null) {
            // with reduced motion Bootstrap draws no colour transitions: the style sheets arrive after the
            // HTML here, and axe would otherwise read a link's colour halfway from the browser's default
            renderer = browser.newContext(new Browser.NewContextOptions().setLocale("vi-VN")
                    .setViewportSize(Chromium.WIDTH, Chromium.HEIGHT).setReducedMotion(ReducedMotion.REDUCE)).newPage();
        }
        String html = SCRIPT.matcher(document.html()).replaceAll("");
        Matcher head = HEAD.matcher(html);
        if (head.find()) {
            html = html.substring(0, head.end()) + "<base href=\"" + document.url().replace("\"", "&quot;") + "\">"
                    + html.substring(head.end());
        }
        renderer.setContent(html);
        renderer.evaluate("() => Promise.all(document.getAnimations().map(animation => animation.finished))");
        return renderer;
    }

    /** Each rule the page breaks, with the elements breaking it; empty when none. */
    private static String rulesBroken(Page page) {
        AxeRunOptions options = new AxeRunOptions();
        options.setResultTypes(List.of("violations"));
        // the pages have no frames: axe runs in the page itself, without the extra page of its partial runs
        AxeResults results = new AxeBuilder(page).setLegacyMode(true).options(options).withTags(TAGS).analyze();
        if (results.isErrored()) {
            return "  axe-core could not check the page: " + results.getErrorMessage();
        }
        return results.getViolations().stream().map(AxeCheck::describe).collect(Collectors.joining("\n"));
    }

    /** "color-contrast (serious): summary", then each element: its selector and what is wrong with it. */
    private static String describe(Rule rule) {
        StringBuilder text = new StringBuilder("  ").append(rule.getId()).append(" (").append(rule.getImpact()).append("): ")
                .append(rule.getHelp());
        for (CheckedNode node : rule.getNodes()) {
            text.append("\n    ").append(node.getTarget()).append("\n      ")
                    .append(node.getFailureSummary().replace("\n", "\n      "));
        }
        return text.toString();
    }
}
