package vn.bhxh.tracker.support;

import java.nio.charset.StandardCharsets;

import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.util.HtmlUtils;

/** What MockMvc tests read of a page. */
public final class Pages {

    private Pages() {
    }

    /** The page as a browser reads it: Thymeleaf writes some Vietnamese letters as HTML entities. */
    public static String html(ResultActions result) throws Exception {
        return HtmlUtils.htmlUnescape(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}
