package vn.bhxh.tracker.unit.reorganisation;

import java.time.Instant;
import java.util.List;

/**
 * A plan being written by an administrator (table {@code reorganisation_plan}): the decision, its lines in
 * order, and once applied the reorganisation it became. {@code version} changes with every edit, so that
 * a confirmation applies exactly the plan its preview showed.
 */
public record PlanDraft(Long id, long version, Long createdBy, Instant updatedAt, PlanHeader header,
                        List<PlanLine> lines, Long reorganisationId) {

    public PlanDraft {
        lines = List.copyOf(lines);
    }

    public boolean isApplied() {
        return reorganisationId != null;
    }
}
