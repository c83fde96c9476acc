package vn.bhxh.tracker.account;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Every page knows its signed-in user ({@code me}, which the layout's header reads): the request's
 * {@link CurrentUser}, or null for an anonymous one. Read from the principal once per page, where the
 * header used to build a security expression's context for {@code isAuthenticated()} on every page.
 * A page written outside the controllers (the outage page) has no {@code me}, as an anonymous one.
 */
@ControllerAdvice
class SignedInUser {

    @ModelAttribute("me")
    CurrentUser me(@AuthenticationPrincipal CurrentUser user) {
        return user;
    }
}
