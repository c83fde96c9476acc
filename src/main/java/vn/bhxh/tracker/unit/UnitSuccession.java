package vn.bhxh.tracker.unit;

import java.io.Serializable;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * One link of a reorganisation: the unit {@code predecessorId} was continued by {@code successorId} from
 * a day on (the first of the month the decision took effect), under the decision {@code reorganisationId}
 * (none recorded for a link made before V29).
 */
@Entity
@Table(name = "unit_succession")
class UnitSuccession {

    @EmbeddedId
    private Key key;

    private LocalDate effectiveOn;

    @Column(name = "reorganisation_id")
    private Long reorganisationId;

    protected UnitSuccession() {
    }

    Long getPredecessorId() {
        return key.predecessorId();
    }

    Long getSuccessorId() {
        return key.successorId();
    }

    LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    Long getReorganisationId() {
        return reorganisationId;
    }

    @Embeddable
    public record Key(Long predecessorId, Long successorId) implements Serializable {
    }
}
