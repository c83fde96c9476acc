package vn.bhxh.tracker.evidence;

import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counts refused uploads in the metric {@value #METRIC}, tagged with the reason (the message's key
 * without its {@code evidence.error.} prefix: {@code tooBig}, {@code type}, {@code archive}…), whether
 * the application refused them or the servlet container's limits did.
 */
@Component
class UploadRefusals {

    static final String METRIC = "tracker.uploads.refused";
    private static final String PREFIX = "evidence.error.";

    private final MeterRegistry meters;

    UploadRefusals(MeterRegistry meters) {
        this.meters = meters;
    }

    void count(String messageKey) {
        String reason = messageKey.startsWith(PREFIX) ? messageKey.substring(PREFIX.length()) : messageKey;
        meters.counter(METRIC, "reason", reason).increment();
    }
}
