package vn.bhxh.tracker.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sign-in throttling ({@code tracker.sign-in.*}). Failures are counted per user name (typed, known or
 * not) and per source address over {@code failureWindow}. From {@code waitAfter} failures on, the
 * next attempt must wait {@code firstWait}, doubling with each further failure up to {@code maxWait};
 * at {@code lockAfter} failures sign-in is refused for {@code lockDuration}. An attempt that comes too
 * early is refused before any password is checked, and counts for nothing.
 *
 * @param account       thresholds per user name (5 and 10 by default)
 * @param address       thresholds per source address, higher since many people may share one (20 and 50)
 * @param firstWait     the first wait (5 s)
 * @param maxWait       the longest wait before a lock (1 min)
 * @param lockDuration  how long a lock lasts (15 min)
 * @param failureWindow how long failures are counted from the first one (1 h); a success under the
 *                      user name clears its own count at once
 */
@ConfigurationProperties("tracker.sign-in")
public record SignInProperties(Thresholds account, Thresholds address, Duration firstWait, Duration maxWait,
                               Duration lockDuration, Duration failureWindow) {

    public SignInProperties {
        account = Thresholds.orDefaults(account, 5, 10, "account");
        address = Thresholds.orDefaults(address, 20, 50, "address");
        firstWait = positive(firstWait, Duration.ofSeconds(5), "first-wait");
        maxWait = positive(maxWait, Duration.ofMinutes(1), "max-wait");
        lockDuration = positive(lockDuration, Duration.ofMinutes(15), "lock-duration");
        failureWindow = positive(failureWindow, Duration.ofHours(1), "failure-window");
    }

    /**
     * @param waitAfter failures before waits begin
     * @param lockAfter failures that lock; not fewer than {@code waitAfter}
     */
    public record Thresholds(Integer waitAfter, Integer lockAfter) {

        // either may be set alone; the other keeps its default
        static Thresholds orDefaults(Thresholds given, int waitAfter, int lockAfter, String name) {
            int wait = given != null && given.waitAfter() != null ? given.waitAfter() : waitAfter;
            int lock = given != null && given.lockAfter() != null ? given.lockAfter() : lockAfter;
            if (wait < 1 || lock < wait) {
                throw new IllegalArgumentException("tracker.sign-in." + name
                        + ": need 1 <= wait-after <= lock-after, got " + wait + " and " + lock);
            }
            return new Thresholds(wait, lock);
        }
    }

    private static Duration positive(Duration value, Duration fallback, String name) {
        if (value == null) {
            return fallback;
        }
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("tracker.sign-in." + name + " must be positive, got " + value);
        }
        return value;
    }
}
