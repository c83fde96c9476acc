package vn.bhxh.tracker.account;

import java.util.Arrays;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

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
        HttpServletRequest request = currentRequest();
        SignInAttempt attempt = throttles.admit(authentication.getName(), address, deviceToken(request));
        Authentication result;
        try {
            result = passwords.authenticate(authentication);
        } catch (AuthenticationException refused) {
            throttles.failed(attempt, refused);
            throw refused;
        }
        throttles.succeeded(attempt, result.getPrincipal() instanceof CurrentUser user ? user.fullName() : attempt.typedName());
        rememberBrowser(attempt, request);
        return withoutPasswordHash(result);
    }

    /** The signed-in user kept in the session (in PostgreSQL) without the password's hash. */
    private static Authentication withoutPasswordHash(Authentication result) {
        if (!(result.getPrincipal() instanceof CurrentUser user)) {
            return result;
        }
        UsernamePasswordAuthenticationToken kept = UsernamePasswordAuthenticationToken.authenticated(
                user.withoutPassword(), null, result.getAuthorities());
        kept.setDetails(result.getDetails());
        return kept;
    }

    /**
     * A person's browser that signed in through the form, unknown to the account until now, is
     * remembered with a cookie ({@link SignInDevices}); API clients (HTTP Basic) are not.
     */
    private void rememberBrowser(SignInAttempt attempt, HttpServletRequest request) {
        if (attempt.deviceId() != null || attempt.accountId() == null || request == null
                || !"POST".equals(request.getMethod())
                || !SignInDevices.COOKIE_PATH.equals(request.getRequestURI().substring(request.getContextPath().length()))
                || !(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)
                || attributes.getResponse() == null) {
            return;
        }
        Cookie cookie = new Cookie(SignInDevices.COOKIE, throttles.rememberDevice(attempt));
        cookie.setPath(request.getContextPath() + SignInDevices.COOKIE_PATH);
        cookie.setMaxAge((int) SignInDevices.KEPT_FOR.toSeconds());
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Strict");
        attributes.getResponse().addCookie(cookie);
    }

    private static HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest() : null;
    }

    private static String deviceToken(HttpServletRequest request) {
        if (request == null || request.getCookies() == null) {
            return null;
        }
        return Arrays.stream(request.getCookies()).filter(cookie -> SignInDevices.COOKIE.equals(cookie.getName()))
                .map(Cookie::getValue).findFirst().orElse(null);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
