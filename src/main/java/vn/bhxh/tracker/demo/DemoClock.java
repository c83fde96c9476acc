package vn.bhxh.tracker.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Supplier;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The application's clock as the demo profile sees it: the same clock, except on the one thread that
 * writes the demo's history ({@link DemoSelfAssessments}), for the length of one step, when it reads a
 * moment of the past the demo chose (the day a sample report was submitted, or reviewed), ticking from
 * there so that what the step records keeps its order. Every other thread (requests, scheduled jobs)
 * reads the application's own clock all along. This is how the demo's reports of past months get
 * plausible times while going through the same services as a person's: those services take their time
 * from the {@link Clock} and from nowhere else. Only the demo profile installs it ({@link Installer}).
 */
final class DemoClock extends Clock {

    private record Moment(Instant at, long setNanos) {
    }

    private static final ThreadLocal<Moment> PAST = new ThreadLocal<>();

    private final Clock application;

    DemoClock(Clock application) {
        this.application = application;
    }

    /** Runs the step on this thread with the clock reading {@code at} (ticking from there), then gives the clock back. */
    static <T> T at(Instant at, Supplier<T> step) {
        Moment before = PAST.get();
        PAST.set(new Moment(at, System.nanoTime()));
        try {
            return step.get();
        } finally {
            if (before == null) {
                PAST.remove();
            } else {
                PAST.set(before);
            }
        }
    }

    static void at(Instant at, Runnable step) {
        at(at, () -> {
            step.run();
            return null;
        });
    }

    @Override
    public Instant instant() {
        Moment past = PAST.get();
        return past == null ? application.instant() : past.at().plus(Duration.ofNanos(System.nanoTime() - past.setNanos()));
    }

    @Override
    public ZoneId getZone() {
        return application.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new DemoClock(application.withZone(zone));
    }

    /** Puts a {@link DemoClock} around the application's clock (in tests, around theirs), with the demo profile only. */
    @Component
    @Profile("demo")
    static class Installer implements BeanPostProcessor {

        @Override
        public Object postProcessAfterInitialization(Object bean, String beanName) {
            return bean instanceof Clock clock && !(bean instanceof DemoClock) ? new DemoClock(clock) : bean;
        }
    }
}
