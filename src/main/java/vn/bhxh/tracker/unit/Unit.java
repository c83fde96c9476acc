package vn.bhxh.tracker.unit;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An office of BHXH. Units are never deleted: a reorganisation ends a unit ({@code effectiveTo})
 * and records its successors, so that history keeps pointing at the unit as it was.
 */
@Entity
@Table(name = "unit")
public class Unit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    private String name;

    @Enumerated(EnumType.STRING)
    private UnitLevel level;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Unit parent;

    private LocalDate effectiveFrom;

    private LocalDate effectiveTo;

    @Version
    private long version;

    protected Unit() {
    }

    public Unit(String code, String name, UnitLevel level, Unit parent, LocalDate effectiveFrom) {
        this.code = code;
        this.name = name;
        this.level = level;
        this.parent = parent;
        this.effectiveFrom = effectiveFrom;
    }

    /** Whether the unit exists on the given day. */
    public boolean isInEffectOn(LocalDate day) {
        return !effectiveFrom.isAfter(day) && (effectiveTo == null || !effectiveTo.isBefore(day));
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public UnitLevel getLevel() {
        return level;
    }

    public Unit getParent() {
        return parent;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public LocalDate getEffectiveTo() {
        return effectiveTo;
    }

    public long getVersion() {
        return version;
    }
}
