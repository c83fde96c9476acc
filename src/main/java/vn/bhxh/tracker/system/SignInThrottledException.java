package vn.bhxh.tracker.system;

import java.time.Duration;

import org.springframework.modulith.NamedInterface;
import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in refused before its password was checked, because there were too many recent failures
 * for its user name or its source address. It says when to try again, never which of the two it was.
 */
@NamedInterface(name = "api", propagate = false)
public class SignInThrottledException extends AuthenticationException {

    private final Duration retryAfter;

    public SignInThrottledException(Duration retryAfter) {
        super("too many failed sign-ins; retry after " + retryAfter.toSeconds() + " s");
        this.retryAfter = retryAfter;
    }

    public Duration getRetryAfter() {
        return retryAfter;
    }

    /** Whole seconds, at least one, as Retry-After and the login page give them. */
    public long retryAfterSeconds() {
        return Math.max(1, retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0));
    }
}
