package vn.bhxh.tracker.reporting;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.modulith.NamedInterface;

/**
 * What the report pages show of the review, provided by the review module, so that reporting does
 * not depend on it.
 */
@NamedInterface(name = "api", propagate = false)
public interface ReviewRecords {

    /** The decisions on a report's submissions, newest first. */
    List<DecisionView> decisionsOf(Long assessmentId);

    /** One decision as shown: the outcome is {@code ACCEPT} or {@code RETURN}. */
    @NamedInterface(name = "api", propagate = false)
    record DecisionView(int submissionNumber, String outcome, String note, Instant decidedAt, String decidedBy,
                        Map<Long, String> commentsByDuty) {
    }
}
