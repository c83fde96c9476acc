package vn.bhxh.tracker.unit;

import java.io.Serializable;
import java.time.LocalDate;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.Table;

/** One link of a reorganisation: {@code predecessor} was continued by {@code successor} from a day on. */
@Entity
@Table(name = "unit_succession")
class UnitSuccession {

    @EmbeddedId
    private Key key;

    @MapsId("predecessorId")
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "predecessor_id")
    private Unit predecessor;

    @MapsId("successorId")
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "successor_id")
    private Unit successor;

    private LocalDate effectiveOn;

    protected UnitSuccession() {
    }

    public Unit getPredecessor() {
        return predecessor;
    }

    public Unit getSuccessor() {
        return successor;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    @Embeddable
    public record Key(Long predecessorId, Long successorId) implements Serializable {
    }
}
