package vn.bhxh.tracker.support;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A page that always fails, only in browser tests, to show what a person sees on a server error. */
@RestController
@PreAuthorize("isAuthenticated()")
public class FailingPage {

    public static final String PATH = "/test-only/failure";
    public static final String SECRET = "secret-detail-that-must-not-leak";

    @GetMapping(PATH)
    String fail() {
        throw new IllegalStateException(SECRET);
    }
}
