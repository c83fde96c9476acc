package vn.bhxh.tracker.checklist;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.modulith.NamedInterface;

/**
 * A duty as another module reads it, without the entity: its code (2a…2g), title, the directive's
 * text and where it is cited, and its indicators in the checklist's order. A module keeps the duty's
 * id; {@link ChecklistService} gives the rest.
 */
@NamedInterface(name = "api", propagate = false)
public record DutyRef(Long id, String code, String title, String originalText, String citation,
                      List<IndicatorRef> indicators) {

    public DutyRef {
        indicators = List.copyOf(indicators);
    }

    /** One of the duty's indicators, by its id; none if it is not the duty's. */
    public Optional<IndicatorRef> indicator(Long indicatorId) {
        return indicators.stream().filter(indicator -> indicator.id().equals(indicatorId)).findFirst();
    }

    static DutyRef of(Duty duty) {
        return new DutyRef(duty.getId(), duty.getCode(), duty.getTitle(), duty.getOriginalText(), duty.getCitation(),
                duty.getIndicators().stream().sorted(Comparator.comparingInt(Indicator::getPosition))
                        .map(IndicatorRef::of).toList());
    }
}
