package vn.bhxh.tracker.checklist;

import org.springframework.modulith.NamedInterface;

/**
 * An indicator as another module reads it, without the entity: what a unit reports under a duty
 * ({@code kind}, in {@code unitOfMeasure}), the direction in which it worsens where one is clear
 * ({@code worseWhen}, else null), and the id of the indicator of the same duty that it may not exceed
 * ({@code atMostId}, else null). A module keeps the id; {@link ChecklistService} gives the rest.
 */
@NamedInterface(name = "api", propagate = false)
public record IndicatorRef(Long id, String name, String unitOfMeasure, IndicatorKind kind, WorseWhen worseWhen,
                           Long atMostId) {

    static IndicatorRef of(Indicator indicator) {
        return new IndicatorRef(indicator.getId(), indicator.getName(), indicator.getUnitOfMeasure(), indicator.getKind(),
                indicator.getWorseWhen(), indicator.getAtMost() == null ? null : indicator.getAtMost().getId());
    }
}
