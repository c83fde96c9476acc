package vn.bhxh.tracker.unit;

import java.time.LocalDate;
import java.time.YearMonth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A unit as it was for a span of months: its name, level and parent then. Versions of one unit never
 * overlap (V29's exclusion constraint); the months none holds are months the unit did not exist.
 * A reorganisation ends versions and starts new ones; it never edits one's name, level or parent.
 */
@Entity
@Table(name = "unit_version")
class UnitVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "unit_id")
    private Long unitId;

    /** The first day of the first month it holds. */
    private LocalDate validFrom;

    /** The first day of the first month it no longer holds; null while it holds. */
    private LocalDate validTo;

    private String name;

    @Enumerated(EnumType.STRING)
    private UnitLevel level;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(name = "reorganisation_id")
    private Long reorganisationId;

    protected UnitVersion() {
    }

    UnitVersion(Long unitId, YearMonth from, String name, UnitLevel level, Long parentId, Long reorganisationId) {
        this.unitId = unitId;
        this.validFrom = from.atDay(1);
        this.name = name;
        this.level = level;
        this.parentId = parentId;
        this.reorganisationId = reorganisationId;
    }

    MonthSpan span() {
        return new MonthSpan(YearMonth.from(validFrom), validTo == null ? null : YearMonth.from(validTo));
    }

    boolean holds(YearMonth month) {
        return span().holds(month);
    }

    /** Ends the version: from this month on it no longer holds. */
    void endBefore(YearMonth month) {
        if (!span().holds(month) || month.equals(span().from())) {
            throw new IllegalStateException("version of unit " + unitId + " from " + span().from() + " cannot end before " + month);
        }
        this.validTo = month.atDay(1);
    }

    Long getId() {
        return id;
    }

    Long getUnitId() {
        return unitId;
    }

    String getName() {
        return name;
    }

    UnitLevel getLevel() {
        return level;
    }

    Long getParentId() {
        return parentId;
    }

    Long getReorganisationId() {
        return reorganisationId;
    }
}
