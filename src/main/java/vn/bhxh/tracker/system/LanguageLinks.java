package vn.bhxh.tracker.system;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;

/** The language switch's links: the same page, with its filters and page number, in the other language. */
@ControllerAdvice
class LanguageLinks {

    /** Links by language tag ({@code vi}, {@code en}), relative to the server. */
    public record Links(String vi, String en) {
    }

    @ModelAttribute("languageLinks")
    Links languageLinks(HttpServletRequest request) {
        return new Links(link(request, "vi"), link(request, "en"));
    }

    // The request's own path and query, as the browser sent them (still encoded), never another host.
    private static String link(HttpServletRequest request, String language) {
        UriComponents uri = ServletUriComponentsBuilder.fromRequest(request).replaceQueryParam("lang", language).build();
        return uri.getPath() + "?" + uri.getQuery();
    }
}
