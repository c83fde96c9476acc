package vn.bhxh.tracker.account;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks a user name and password (the login form and HTTP Basic alike) only when the throttle lets
 * the attempt through: a refused attempt costs no BCrypt check. The outcome goes back to the throttle.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final SignInThrottles throttles;

    ThrottledAuthenticationProvider(AuthenticationProvider passwords, SignInThrottles throttles) {
        this.passwords = passwords;
        this.throttles = throttles;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        // both filters set request.getRemoteAddr() as the details' address
        String address = authentication.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        SignInAttempt attempt = throttles.admit(authentication.getName(), address);
        Authentication result;
        try {
            result = passwords.authenticate(authentication);
        } catch (AuthenticationException refused) {
            throttles.failed(attempt, refused);
            throw refused;
        }
        throttles.succeeded(attempt, result.getPrincipal() instanceof CurrentUser user ? user.fullName() : attempt.typedName());
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
