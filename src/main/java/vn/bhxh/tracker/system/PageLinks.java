package vn.bhxh.tracker.system;

import org.springframework.data.domain.Page;

/**
 * What the pagination fragment needs: the page, and the query string that keeps the list's filters
 * when the user moves to another page.
 */
public record PageLinks(Page<?> page, String filterQuery) {

    public static final int PAGE_SIZE = 20;

    public String href(int pageNumber) {
        String prefix = filterQuery == null || filterQuery.isEmpty() ? "?" : "?" + filterQuery + "&";
        return prefix + "page=" + pageNumber;
    }
}
