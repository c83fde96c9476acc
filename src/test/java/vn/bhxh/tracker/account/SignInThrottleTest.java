package vn.bhxh.tracker.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** The throttle's rules on their own: when waits begin and how they grow, when a lock comes and goes. */
class SignInThrottleTest {

    private static final Instant T0 = Instant.parse("2026-12-03T03:00:00Z");
    private static final SignInProperties DEFAULTS = new SignInProperties(null, null, null, null, null, null);

    private final SignInThrottle throttle = new SignInThrottle(SignInThrottle.Kind.ACCOUNT, "badinh", T0);

    @Test
    void theDefaultsAreFiveFailuresBeforeWaitsTenBeforeAFifteenMinuteLockAndHigherForAnAddress() {
        assertThat(DEFAULTS.account()).isEqualTo(new SignInProperties.Thresholds(5, 10));
        assertThat(DEFAULTS.address()).isEqualTo(new SignInProperties.Thresholds(20, 50));
        assertThat(DEFAULTS.firstWait()).isEqualTo(Duration.ofSeconds(5));
        assertThat(DEFAULTS.maxWait()).isEqualTo(Duration.ofMinutes(1));
        assertThat(DEFAULTS.lockDuration()).isEqualTo(Duration.ofMinutes(15));
        assertThat(DEFAULTS.failureWindow()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void oneThresholdMaySetAloneButALockBeforeTheWaitsOrANonPositiveDurationIsRefused() {
        SignInProperties lockAtEight = new SignInProperties(new SignInProperties.Thresholds(null, 8), null, null, null, null, null);
        assertThat(lockAtEight.account()).isEqualTo(new SignInProperties.Thresholds(5, 8));
        assertThatThrownBy(() -> new SignInProperties(new SignInProperties.Thresholds(6, 3), null, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tracker.sign-in.account");
        assertThatThrownBy(() -> new SignInProperties(null, null, Duration.ZERO, null, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("first-wait");
    }

    @Test
    void theSettingsBindFromTheEnvironmentVariablesThatTheOperationsGuideNames() {
        Map<String, Object> environment = Map.of(
                "TRACKER_SIGN_IN_ACCOUNT_WAIT_AFTER", "3", "TRACKER_SIGN_IN_ACCOUNT_LOCK_AFTER", "6",
                "TRACKER_SIGN_IN_ADDRESS_WAIT_AFTER", "30", "TRACKER_SIGN_IN_ADDRESS_LOCK_AFTER", "90",
                "TRACKER_SIGN_IN_FIRST_WAIT", "2s", "TRACKER_SIGN_IN_MAX_WAIT", "30s",
                "TRACKER_SIGN_IN_LOCK_DURATION", "30m", "TRACKER_SIGN_IN_FAILURE_WINDOW", "2h");
        MutablePropertySources sources = new MutablePropertySources();
        sources.addFirst(new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, environment));

        SignInProperties bound = new Binder(ConfigurationPropertySources.from(sources))
                .bind("tracker.sign-in", SignInProperties.class).get();

        assertThat(bound).isEqualTo(new SignInProperties(new SignInProperties.Thresholds(3, 6),
                new SignInProperties.Thresholds(30, 90), Duration.ofSeconds(2), Duration.ofSeconds(30),
                Duration.ofMinutes(30), Duration.ofHours(2)));
    }

    @Test
    void fourFailuresImposeNoWait() {
        fail(4, T0);
        assertThat(throttle.refusedUntil(T0, DEFAULTS.account(), DEFAULTS)).isEmpty();
    }

    @Test
    void theWaitStartsAtFiveSecondsAfterTheFifthFailureAndDoublesUpToAMinute() {
        assertThat(SignInThrottle.waitAfter(5, DEFAULTS.account(), DEFAULTS)).isEqualTo(Duration.ofSeconds(5));
        assertThat(SignInThrottle.waitAfter(6, DEFAULTS.account(), DEFAULTS)).isEqualTo(Duration.ofSeconds(10));
        assertThat(SignInThrottle.waitAfter(8, DEFAULTS.account(), DEFAULTS)).isEqualTo(Duration.ofSeconds(40));
        assertThat(SignInThrottle.waitAfter(9, DEFAULTS.account(), DEFAULTS)).isEqualTo(Duration.ofMinutes(1));
        assertThat(SignInThrottle.waitAfter(1_000, DEFAULTS.address(), DEFAULTS)).isEqualTo(Duration.ofMinutes(1));

        fail(5, T0);
        assertThat(throttle.refusedUntil(T0.plusSeconds(4), DEFAULTS.account(), DEFAULTS)).contains(T0.plusSeconds(5));
        assertThat(throttle.refusedUntil(T0.plusSeconds(5), DEFAULTS.account(), DEFAULTS)).isEmpty();
    }

    @Test
    void theTenthFailureLocksForFifteenMinutesAndOnlyOnce() {
        fail(9, T0);
        assertThat(throttle.lockIfDue(T0, DEFAULTS.account(), DEFAULTS.lockDuration())).isFalse();
        fail(1, T0);
        assertThat(throttle.lockIfDue(T0, DEFAULTS.account(), DEFAULTS.lockDuration())).isTrue();
        assertThat(throttle.lockIfDue(T0, DEFAULTS.account(), DEFAULTS.lockDuration())).isFalse();
        assertThat(throttle.refusedUntil(T0.plus(Duration.ofMinutes(14)), DEFAULTS.account(), DEFAULTS))
                .contains(T0.plus(Duration.ofMinutes(15)));
        assertThat(throttle.refusedUntil(T0.plus(Duration.ofMinutes(15)), DEFAULTS.account(), DEFAULTS)).isEmpty();
    }

    @Test
    void afterALockEndsWithinTheWindowTheNextFailureLocksAgain() {
        fail(10, T0);
        throttle.lockIfDue(T0, DEFAULTS.account(), DEFAULTS.lockDuration());
        Instant afterLock = T0.plus(Duration.ofMinutes(16));
        assertThat(throttle.refusedUntil(afterLock, DEFAULTS.account(), DEFAULTS)).isEmpty();
        throttle.countAttempt(afterLock);
        assertThat(throttle.lockIfDue(afterLock, DEFAULTS.account(), DEFAULTS.lockDuration())).isTrue();
    }

    @Test
    void failuresOlderThanTheWindowAreForgotten() {
        fail(9, T0);
        Instant later = T0.plus(Duration.ofHours(1));
        assertThat(throttle.refusedUntil(later, DEFAULTS.account(), DEFAULTS)).isEmpty();
        assertThat(throttle.getFailures()).isZero();
    }

    @Test
    void aSuccessHandsBackItsOwnCountAndAClearForgetsEverything() {
        fail(3, T0);
        throttle.forgiveOne();
        assertThat(throttle.getFailures()).isEqualTo(2);
        fail(8, T0);
        throttle.lockIfDue(T0, DEFAULTS.account(), DEFAULTS.lockDuration());
        throttle.clear();
        assertThat(throttle.getFailures()).isZero();
        assertThat(throttle.isLocked(T0)).isFalse();
        assertThat(throttle.refusedUntil(T0, DEFAULTS.account(), DEFAULTS)).isEmpty();
    }

    @Test
    void anIpv6AddressCountsByItsNetworkAndAnIpv4AddressByItself() {
        assertThat(SignInThrottles.networkOf("2001:db8:1:2:aaaa::1")).isEqualTo("2001:db8:1:2:0:0:0:0/64");
        assertThat(SignInThrottles.networkOf("2001:db8:1:2:bbbb::2")).isEqualTo("2001:db8:1:2:0:0:0:0/64");
        assertThat(SignInThrottles.networkOf("::ffff:192.0.2.7")).isEqualTo("192.0.2.7");
        assertThat(SignInThrottles.networkOf("192.0.2.7")).isEqualTo("192.0.2.7");
        assertThat(SignInThrottles.networkOf("not:an:address:zz")).isEqualTo("not:an:address:zz");
    }

    @Test
    void aTypedNameIsStoredWithoutControlCharactersAndAtMostAHundredCharacters() {
        assertThat(SignInThrottles.safe("ab\u0000c\n")).isEqualTo("ab\uFFFDc\uFFFD");
        // the C1 controls and a lone surrogate too, not only ASCII's
        assertThat(SignInThrottles.safe("a\u0085b\u009Bc\uD800")).isEqualTo("a\uFFFDb\uFFFDc\uFFFD");
        assertThat(SignInThrottles.safe("x".repeat(500))).hasSize(100);
    }

    private void fail(int times, Instant at) {
        for (int i = 0; i < times; i++) {
            throttle.countAttempt(at);
        }
    }
}
