package vn.bhxh.tracker.system;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.modulith.NamedInterface;

/**
 * What the pagination fragment needs: the page, and the query string that keeps the list's filters
 * when the user moves to another page.
 */
@NamedInterface(name = "api", propagate = false)
public record PageLinks(Page<?> page, String filterQuery) {

    public static final int PAGE_SIZE = 20;

    // far beyond any real list; keeps a typed ?page=999999999 from overflowing the SQL offset
    private static final int LAST_PAGE = 100_000;

    /** The requested page of a list, within sensible bounds whatever the URL says. */
    public static PageRequest page(int requested, int size) {
        return PageRequest.of(Math.min(Math.max(requested, 0), LAST_PAGE), size);
    }

    public String href(int pageNumber) {
        String prefix = filterQuery == null || filterQuery.isEmpty() ? "?" : "?" + filterQuery + "&";
        return prefix + "page=" + pageNumber;
    }
}
