package vn.bhxh.tracker.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

/**
 * The demo clock reads the chosen past moment only on the thread that asked for it and only during the
 * step (ticking on from it), and the application's clock everywhere else and afterwards, a failing
 * step included.
 */
class DemoClockTest {

    private static final Instant NOW = Instant.parse("2026-12-03T03:00:00Z");
    private static final Instant PAST = Instant.parse("2025-04-02T02:15:00Z");
    private final DemoClock clock = new DemoClock(Clock.fixed(NOW, ZoneId.of("Asia/Ho_Chi_Minh")));

    @Test
    void duringAStepThisThreadReadsThePastMomentAndOtherThreadsToday() {
        Instant[] seen = DemoClock.at(PAST, () -> new Instant[] {clock.instant(),
                CompletableFuture.supplyAsync(clock::instant).join(), clock.instant()});

        assertThat(seen[0]).isBetween(PAST, PAST.plusSeconds(5));
        assertThat(seen[1]).isEqualTo(NOW);
        assertThat(seen[2]).isAfterOrEqualTo(seen[0]).isBefore(PAST.plusSeconds(5));
        assertThat(clock.instant()).isEqualTo(NOW);
        assertThat(clock.getZone()).isEqualTo(ZoneId.of("Asia/Ho_Chi_Minh"));
    }

    @Test
    void aStepInsideAStepGivesTheOuterMomentBackAndAFailingStepGivesTheClockBack() {
        Instant later = PAST.plusSeconds(86_400);
        Instant afterInner = DemoClock.at(PAST, () -> {
            DemoClock.at(later, () -> assertThat(clock.instant()).isBetween(later, later.plusSeconds(5)));
            return clock.instant();
        });
        assertThat(afterInner).isBetween(PAST, PAST.plusSeconds(5));

        assertThatThrownBy(() -> DemoClock.at(PAST, () -> {
            throw new IllegalStateException("refused");
        })).hasMessage("refused");
        assertThat(clock.instant()).isEqualTo(NOW);
    }

    @Test
    void theInstallerWrapsEveryClockOnceAndNothingElse() {
        DemoClock.Installer installer = new DemoClock.Installer();
        Object wrapped = installer.postProcessAfterInitialization(Clock.systemUTC(), "clock");

        assertThat(wrapped).isInstanceOf(DemoClock.class);
        assertThat(installer.postProcessAfterInitialization(wrapped, "clock")).isSameAs(wrapped);
        assertThat(installer.postProcessAfterInitialization("not a clock", "other")).isEqualTo("not a clock");
    }
}
