package vn.bhxh.tracker.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock in every test context, so that no test depends on the day it runs.
 * It starts at a fixed Vietnam time, {@value #DEFAULT_START} (two days before November's deadline),
 * or at {@code TRACKER_TEST_NOW} (e.g. {@code 2027-01-01T00:00:30}) to run the whole suite on
 * another day, and ticks from there at real speed so that events keep their order. A test that is
 * about one moment freezes the clock there with {@link #freezeAt} and calls {@link #reset()} after.
 * One instance for the whole test JVM: every application context reads it ({@link Configuration}).
 */
public final class TestClock extends Clock {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final String DEFAULT_START = "2026-12-03T10:00:00";
    public static final TestClock INSTANCE = new TestClock(startOfRun());

    private final Instant start;
    private final long startNanos = System.nanoTime();
    private final AtomicReference<Instant> frozen = new AtomicReference<>();

    private TestClock(Instant start) {
        this.start = start;
    }

    private static Instant startOfRun() {
        String configured = System.getenv("TRACKER_TEST_NOW");
        String start = configured == null || configured.isBlank() ? DEFAULT_START : configured.trim();
        return LocalDateTime.parse(start).atZone(VIETNAM).toInstant();
    }

    /** Stops the clock at this Vietnam time until {@link #reset()}. */
    public void freezeAt(LocalDateTime vietnamTime) {
        frozen.set(vietnamTime.atZone(VIETNAM).toInstant());
    }

    /** Back to the run's ticking time. */
    public void reset() {
        frozen.set(null);
    }

    /** When the run's clock started (the default "today", or TRACKER_TEST_NOW), in Vietnam time. */
    public LocalDateTime startOfRunInVietnam() {
        return LocalDateTime.ofInstant(start, VIETNAM);
    }

    @Override
    public Instant instant() {
        Instant stopped = frozen.get();
        return stopped != null ? stopped : start.plus(Duration.ofNanos(System.nanoTime() - startNanos));
    }

    @Override
    public ZoneId getZone() {
        return VIETNAM;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    /** Puts {@link #INSTANCE} in place of the application's clock; both test set-ups import it. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        @Primary
        TestClock testClock() {
            return INSTANCE;
        }
    }
}
