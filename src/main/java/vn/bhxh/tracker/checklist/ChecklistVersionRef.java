package vn.bhxh.tracker.checklist;

import java.util.List;
import java.util.Optional;

import org.springframework.modulith.NamedInterface;

/**
 * A checklist version as another module reads it, without the entity: its id and name, and its
 * duties in the directive's order (by position), each with its indicators. A module keeps the
 * version's id (a report keeps the version it was made with) and asks {@link ChecklistService#refOf}
 * for the rest.
 */
@NamedInterface(name = "api", propagate = false)
public record ChecklistVersionRef(Long id, String name, List<DutyRef> duties) {

    public ChecklistVersionRef {
        duties = List.copyOf(duties);
    }

    /** One of the version's duties, by its id; none if it is not the version's. */
    public Optional<DutyRef> duty(Long dutyId) {
        return duties.stream().filter(duty -> duty.id().equals(dutyId)).findFirst();
    }
}
