package vn.bhxh.tracker.system;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page; a user who is already signed in goes to their home page instead. */
@Controller
class LoginController {

    private static final long DAY_IN_SECONDS = 24 * 60 * 60;

    /**
     * @param throttled the seconds to wait, after a sign-in the throttle refused; anything but a
     *                  number is ignored (it only words the message, it refuses nothing)
     */
    @GetMapping("/login")
    String login(Authentication authentication, @RequestParam(required = false) String throttled, Model model) {
        if (authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            return "redirect:/";
        }
        if (throttled != null && throttled.matches("\\d{1,6}")) {
            model.addAttribute("waitSeconds", Math.min(DAY_IN_SECONDS, Math.max(1, Long.parseLong(throttled))));
        }
        return "login";
    }
}
