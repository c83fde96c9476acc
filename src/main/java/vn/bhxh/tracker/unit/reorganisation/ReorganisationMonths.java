package vn.bhxh.tracker.unit.reorganisation;

import java.time.Clock;
import java.time.YearMonth;

import org.springframework.stereotype.Component;

/**
 * The one rule for the months a reorganisation may take effect in. A month is <em>closed</em> once it is
 * over: it is before the current month by the application's clock, in {@code tracker.time-zone}
 * (Vietnam time). Every month up to the last one is closed; the current month and later ones are open.
 * A plan for a closed month is refused, on the preview and again when it is confirmed.
 */
@Component
class ReorganisationMonths {

    private final Clock clock;

    ReorganisationMonths(Clock clock) {
        this.clock = clock;
    }

    /** The first month still open: the current month. */
    YearMonth firstOpen() {
        return YearMonth.now(clock);
    }

    boolean isClosed(YearMonth month) {
        return month.isBefore(firstOpen());
    }
}
