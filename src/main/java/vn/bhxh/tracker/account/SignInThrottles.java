package vn.bhxh.tracker.account;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.bhxh.tracker.audit.AuditLog;
import vn.bhxh.tracker.system.NotFoundException;
import vn.bhxh.tracker.system.SignInThrottledException;

/**
 * Sign-in throttling, shared by the login form and HTTP Basic: failures counted per user name and
 * per source address in PostgreSQL (every instance sees the same counts), growing waits and then a
 * lock, both refused before any password is checked; the audit trail records each sign-in, failure,
 * lock and administrator's unlock. A user name with no account is counted exactly like one with an
 * account, so that the answer never tells whether an account exists.
 */
@Service
public class SignInThrottles {

    /** Audit target of sign-in events: the account, when the user name belongs to one. */
    public static final String AUDIT_TARGET = "USER_ACCOUNT";
    static final String SIGNED_IN = "SIGNED_IN";
    static final String FAILED = "SIGN_IN_FAILED";
    static final String LOCKED = "SIGN_IN_LOCKED";
    static final String UNLOCKED = "SIGN_IN_UNLOCKED";

    private static final int SUBJECT_LENGTH = 100;
    private static final int USERNAME_LENGTH = 64;
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cs}]");
    private static final Pattern IPV6_LITERAL = Pattern.compile("[0-9A-Fa-f:.]+");

    private final SignInThrottleRepository throttles;
    private final UserAccountRepository accounts;
    private final SignInProperties settings;
    private final AuditLog auditLog;
    private final Clock clock;
    private final SignInDevices devices;

    SignInThrottles(SignInThrottleRepository throttles, UserAccountRepository accounts, SignInProperties settings,
                    AuditLog auditLog, Clock clock, SignInDevices devices) {
        this.devices = devices;
        this.throttles = throttles;
        this.accounts = accounts;
        this.settings = settings;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /**
     * Lets an attempt through to the password check, counting it, or refuses it while its user name
     * or its address must wait or is locked. A refused attempt changes nothing and is not audited:
     * it cost no password check, and a flood of them must not flood the audit trail.
     *
     * @throws SignInThrottledException with the time until the later of the two allows an attempt
     */
    @Transactional
    SignInAttempt admit(String typedName, String remoteAddress) {
        return admit(typedName, remoteAddress, null);
    }

    /**
     * As {@link #admit(String, String)}, from a browser that may be known to the account: then the
     * account's waits and lock do not hold it (only the address's do), so that a stranger's wrong
     * passwords for the account cannot keep its owner out.
     *
     * @param deviceToken the token of the browser's {@link SignInDevices#COOKIE}, or null
     */
    @Transactional
    SignInAttempt admit(String typedName, String remoteAddress, String deviceToken) {
        Instant now = clock.instant();
        String name = safe(typedName == null ? "" : typedName.strip());
        String address = remoteAddress == null || remoteAddress.isBlank() ? "unknown" : safe(remoteAddress.strip());
        Optional<UserAccount> account = lookUp(name);
        Long deviceId = account.flatMap(known -> devices.known(known.getId(), deviceToken)).orElse(null);
        SignInAttempt attempt = new SignInAttempt(name, account.map(UserAccount::getId).orElse(null),
                account.map(SignInThrottles::subjectOf).orElseGet(() -> safe(name.toLowerCase(Locale.ROOT))),
                networkOf(address), address, deviceId);
        // always the user name first, then the address: two attempts never wait on each other crosswise
        SignInThrottle byAccount = deviceId == null ? lockRow(SignInThrottle.Kind.ACCOUNT, attempt.accountSubject(), now) : null;
        SignInThrottle byAddress = lockRow(SignInThrottle.Kind.ADDRESS, attempt.addressSubject(), now);
        Optional<Instant> accountUntil = byAccount == null ? Optional.empty()
                : byAccount.refusedUntil(now, settings.account(), settings);
        Optional<Instant> addressUntil = byAddress.refusedUntil(now, settings.address(), settings);
        Optional<Instant> until = Stream.of(accountUntil, addressUntil).flatMap(Optional::stream).max(Comparator.naturalOrder());
        if (until.isPresent()) {
            throw new SignInThrottledException(Duration.between(now, until.get()));
        }
        if (byAccount != null) {
            byAccount.countAttempt(now);
        }
        byAddress.countAttempt(now);
        return attempt;
    }

    /** The password check refused the attempt: it stays counted, and may lock the user name or the address. */
    @Transactional
    void failed(SignInAttempt attempt, AuthenticationException refusal) {
        Instant now = clock.instant();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("username", attempt.typedName());
        details.put("address", attempt.address());
        details.put("reason", reasonOf(attempt, refusal));
        auditLog.record(null, attempt.typedName(), FAILED, AUDIT_TARGET, attempt.accountId(), details);
        if (attempt.deviceId() != null) {
            // a known browser answers for its own failures, and is forgotten after as many as lock the account
            devices.failed(attempt.deviceId(), settings.account().lockAfter());
        }
        throttles.findForUpdate(SignInThrottle.Kind.ACCOUNT, attempt.accountSubject())
                .filter(throttle -> attempt.deviceId() == null)
                .filter(throttle -> throttle.lockIfDue(now, settings.account(), settings.lockDuration()))
                .ifPresent(throttle -> recordLock(attempt, throttle, attempt.accountId()));
        throttles.findForUpdate(SignInThrottle.Kind.ADDRESS, attempt.addressSubject())
                .filter(throttle -> throttle.lockIfDue(now, settings.address(), settings.lockDuration()))
                .ifPresent(throttle -> recordLock(attempt, throttle, null));
    }

    /**
     * The password was right: the user name's failures are forgotten (unless the attempt came from a
     * browser known to the account, which the count did not hold), the address's count of this
     * attempt handed back.
     */
    @Transactional
    void succeeded(SignInAttempt attempt, String fullName) {
        if (attempt.deviceId() == null) {
            // from a known browser the account's count stays: a stranger's guesses must not start afresh
            throttles.findForUpdate(SignInThrottle.Kind.ACCOUNT, attempt.accountSubject()).ifPresent(SignInThrottle::clear);
        }
        throttles.findForUpdate(SignInThrottle.Kind.ADDRESS, attempt.addressSubject()).ifPresent(SignInThrottle::forgiveOne);
        auditLog.record(attempt.accountId(), fullName, SIGNED_IN, AUDIT_TARGET, attempt.accountId(),
                Map.of("address", attempt.address()));
        if (attempt.deviceId() != null) {
            devices.succeeded(attempt.deviceId(), clock.instant());
        }
    }

    /** Makes the browser of a successful sign-in known to the account; returns the token for its cookie. */
    @Transactional
    String rememberDevice(SignInAttempt attempt) {
        return devices.remember(attempt.accountId(), clock.instant());
    }

    /**
     * A wait or lock on a user name or an address, as the administrator's pages show it.
     *
     * @param until    when an attempt is allowed again
     * @param locked   a lock, not only a wait between attempts
     */
    public record Restriction(Long id, SignInThrottle.Kind kind, String subject, int failures, Instant until,
                              boolean locked) {
    }

    /** What restricts this user's sign-in now (a wait or a lock), for the administrator's page. */
    @Transactional(readOnly = true)
    public Optional<Restriction> restrictionOf(UserAccount account) {
        Instant now = clock.instant();
        return throttles.findByKindAndSubject(SignInThrottle.Kind.ACCOUNT, subjectOf(account))
                .flatMap(throttle -> restrictionOf(throttle, now));
    }

    /** Every user name and address locked now, the latest lock first. */
    @Transactional(readOnly = true)
    public List<Restriction> locks() {
        Instant now = clock.instant();
        return throttles.findLockedAt(now).stream().flatMap(throttle -> restrictionOf(throttle, now).stream()).toList();
    }

    /**
     * An administrator lifts the wait or lock of a user name or an address; the audit trail says who.
     *
     * @return the user name or address unlocked
     */
    @Transactional
    public String unlock(long throttleId, CurrentUser administrator) {
        SignInThrottle throttle = throttles.findByIdForUpdate(throttleId)
                .orElseThrow(() -> new NotFoundException("sign-in throttle " + throttleId));
        Long accountId = throttle.getKind() == SignInThrottle.Kind.ACCOUNT
                ? accounts.findByUsernameIgnoreCase(throttle.getSubject()).map(UserAccount::getId).orElse(null)
                : null;
        unlock(throttle, accountId, administrator);
        return throttle.getSubject();
    }

    /** The same for one account's user name; false when nothing restricted it. */
    @Transactional
    public boolean unlock(UserAccount account, CurrentUser administrator) {
        Instant now = clock.instant();
        Optional<SignInThrottle> restricted = throttles.findForUpdate(SignInThrottle.Kind.ACCOUNT, subjectOf(account))
                .filter(throttle -> restrictionOf(throttle, now).isPresent());
        restricted.ifPresent(throttle -> unlock(throttle, account.getId(), administrator));
        return restricted.isPresent();
    }

    private void unlock(SignInThrottle throttle, Long accountId, CurrentUser administrator) {
        throttle.clear();
        auditLog.record(administrator.id(), administrator.fullName(), UNLOCKED, AUDIT_TARGET, accountId,
                Map.of("scope", throttle.getKind().name(), "subject", throttle.getSubject()));
    }

    private Optional<Restriction> restrictionOf(SignInThrottle throttle, Instant now) {
        SignInProperties.Thresholds thresholds =
                throttle.getKind() == SignInThrottle.Kind.ACCOUNT ? settings.account() : settings.address();
        return throttle.restrictedUntil(now, thresholds, settings).map(until -> new Restriction(throttle.getId(),
                throttle.getKind(), throttle.getSubject(), throttle.getFailures(), until, throttle.isLocked(now)));
    }

    private static String subjectOf(UserAccount account) {
        return account.getUsername().toLowerCase(Locale.ROOT);
    }

    /** Forgets counts that restrict nothing any more, so that names typed once do not pile up. */
    @Scheduled(cron = "0 17 * * * *", zone = "${tracker.time-zone:Asia/Ho_Chi_Minh}")
    @Transactional
    public void forgetIdle() {
        Instant now = clock.instant();
        throttles.deleteIdle(now, now.minus(settings.failureWindow()));
        devices.forgetUnusedSince(now.minus(SignInDevices.KEPT_FOR));
    }

    private void recordLock(SignInAttempt attempt, SignInThrottle throttle, Long accountId) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("scope", throttle.getKind().name());
        details.put("subject", throttle.getSubject());
        details.put("failures", throttle.getFailures());
        details.put("until", throttle.getLockedUntil().toString());
        auditLog.record(null, attempt.typedName(), LOCKED, AUDIT_TARGET, accountId, details);
    }

    private SignInThrottle lockRow(SignInThrottle.Kind kind, String subject, Instant now) {
        // a row deleted as idle between the two statements is simply made again
        for (int tries = 0; ; tries++) {
            throttles.insertIfAbsent(kind.name(), subject, now);
            Optional<SignInThrottle> row = throttles.findForUpdate(kind, subject);
            if (row.isPresent() || tries > 0) {
                return row.orElseThrow();
            }
        }
    }

    // A name that no account can have is not looked up: it is unknown, whatever the database would say of it.
    private Optional<UserAccount> lookUp(String name) {
        if (name.isEmpty() || name.length() > USERNAME_LENGTH || name.indexOf('\uFFFD') >= 0) {
            return Optional.empty();
        }
        return accounts.findByUsernameIgnoreCase(name);
    }

    private static String reasonOf(SignInAttempt attempt, AuthenticationException refusal) {
        if (attempt.accountId() == null) {
            return "UNKNOWN_USER";
        }
        if (refusal instanceof DisabledException) {
            return "DISABLED";
        }
        return refusal instanceof BadCredentialsException ? "BAD_PASSWORD" : "ERROR";
    }

    /**
     * Control characters (NUL and the C1 controls included) and lone surrogates replaced, and at
     * most 100 characters: safe to store and show.
     */
    static String safe(String text) {
        String cleaned = CONTROL.matcher(text).replaceAll("\uFFFD");
        return cleaned.codePointCount(0, cleaned.length()) <= SUBJECT_LENGTH ? cleaned
                : cleaned.substring(0, cleaned.offsetByCodePoints(0, SUBJECT_LENGTH));
    }

    /**
     * The source address as counted: an IPv6 address by its /64 network, which one subscriber usually
     * holds whole (else each of its addresses would have a count of its own); anything else as it is.
     */
    static String networkOf(String address) {
        // only a literal is parsed (never a host name, which would be looked up)
        if (address.indexOf(':') < 0 || !IPV6_LITERAL.matcher(address).matches()) {
            return address;
        }
        try {
            InetAddress parsed = InetAddress.getByName(address);
            if (parsed instanceof Inet6Address) {
                byte[] network = Arrays.copyOf(Arrays.copyOf(parsed.getAddress(), 8), 16);
                return InetAddress.getByAddress(network).getHostAddress() + "/64";
            }
            return parsed.getHostAddress();
        } catch (UnknownHostException notAnAddress) {
            return address;
        }
    }
}
