package vn.bhxh.tracker.reporting;

import org.springframework.modulith.NamedInterface;

/**
 * A submission as another module refers to it, without its entity: its id and its number (1, 2…)
 * among its report's submissions. A review decision names the submission it decided on by the id.
 */
@NamedInterface(name = "api", propagate = false)
public record SubmissionRef(Long id, int number) {
}
