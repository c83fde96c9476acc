package vn.bhxh.tracker.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Recent failed sign-ins under one user name or from one source address, and whether sign-in is
 * paused or locked for it. An attempt is counted when it is let through, before its password is
 * checked, so that simultaneous attempts cannot all slip in under the same count; a success hands
 * its count back ({@link #forgiveOne}) or clears the user name's count ({@link #clear}).
 */
@Entity
@Table(name = "sign_in_throttle")
class SignInThrottle {

    /** What a throttle counts: attempts under one user name, or from one source address. */
    public enum Kind {
        ACCOUNT, ADDRESS
    }

    // 5 s doubled 30 times is already decades: enough to stay clear of overflow
    private static final int MAX_DOUBLINGS = 30;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private String subject;

    private int failures;

    private Instant windowStartedAt;

    private Instant lastAttemptAt;

    private Instant lockedUntil;

    protected SignInThrottle() {
    }

    /** A fresh count; rows are normally made by the repository's insert, this serves tests of the rules. */
    SignInThrottle(Kind kind, String subject, Instant now) {
        this.kind = kind;
        this.subject = subject;
        this.windowStartedAt = now;
        this.lastAttemptAt = now;
    }

    /**
     * When the next attempt may come, if not now: the end of a lock, or of the wait that the
     * failures so far impose. Failures counted longer ago than the window are forgotten first.
     */
    Optional<Instant> refusedUntil(Instant now, SignInProperties.Thresholds thresholds, SignInProperties settings) {
        if (!isLocked(now) && windowEnded(now, settings)) {
            clear();
        }
        return restrictedUntil(now, thresholds, settings);
    }

    /** The same as {@link #refusedUntil} without forgetting anything: what an administrator sees. */
    Optional<Instant> restrictedUntil(Instant now, SignInProperties.Thresholds thresholds, SignInProperties settings) {
        if (isLocked(now)) {
            return Optional.of(lockedUntil);
        }
        if (failures < thresholds.waitAfter() || windowEnded(now, settings)) {
            return Optional.empty();
        }
        Instant next = lastAttemptAt.plus(waitAfter(failures, thresholds, settings));
        return now.isBefore(next) ? Optional.of(next) : Optional.empty();
    }

    private boolean windowEnded(Instant now, SignInProperties settings) {
        return !now.isBefore(windowStartedAt.plus(settings.failureWindow()));
    }

    /** Counts an attempt let through; it stays counted as a failure unless it succeeds. */
    void countAttempt(Instant now) {
        if (failures == 0) {
            windowStartedAt = now;
        }
        failures++;
        lastAttemptAt = now;
    }

    /** Locks when the failures have reached the threshold; true if this call locked it. */
    boolean lockIfDue(Instant now, SignInProperties.Thresholds thresholds, Duration lockDuration) {
        if (failures < thresholds.lockAfter() || isLocked(now)) {
            return false;
        }
        lockedUntil = now.plus(lockDuration);
        return true;
    }

    /** An attempt counted on its way in that turned out to be a success. */
    void forgiveOne() {
        failures = Math.max(0, failures - 1);
    }

    /** No failures, no wait, no lock: after a success under the user name, or an administrator's unlock. */
    void clear() {
        failures = 0;
        lockedUntil = null;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** The wait after {@code failures} failures: the first wait, doubled for each one beyond the threshold. */
    static Duration waitAfter(int failures, SignInProperties.Thresholds thresholds, SignInProperties settings) {
        int doublings = Math.min(MAX_DOUBLINGS, Math.max(0, failures - thresholds.waitAfter()));
        Duration wait = settings.firstWait().multipliedBy(1L << doublings);
        return wait.compareTo(settings.maxWait()) > 0 ? settings.maxWait() : wait;
    }

    public Long getId() {
        return id;
    }

    public Kind getKind() {
        return kind;
    }

    public String getSubject() {
        return subject;
    }

    public int getFailures() {
        return failures;
    }

    public Instant getLastAttemptAt() {
        return lastAttemptAt;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }
}
