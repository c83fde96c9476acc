package vn.bhxh.tracker.unit;

import java.time.Instant;
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

import vn.bhxh.tracker.unit.reorganisation.ReorganisationSource;

/**
 * A recorded decision that reorganised units (V29): its number as written on it ("391/QĐ-BTC"), the
 * day it was decided, the month it takes effect, and where it came from. The versions it started and
 * the successions it made point at it; the unit's page shows it beside each change.
 */
@Entity
@Table(name = "reorganisation")
class Reorganisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String decisionNumber;

    private LocalDate decidedOn;

    /** The first day of the month it takes effect. */
    private LocalDate effectiveMonth;

    private String note;

    @Enumerated(EnumType.STRING)
    private ReorganisationSource source;

    private Instant appliedAt;

    @Column(name = "applied_by")
    private Long appliedBy;

    protected Reorganisation() {
    }

    Long getId() {
        return id;
    }

    String getDecisionNumber() {
        return decisionNumber;
    }

    LocalDate getDecidedOn() {
        return decidedOn;
    }

    YearMonth getEffectiveMonth() {
        return YearMonth.from(effectiveMonth);
    }

    String getNote() {
        return note;
    }

    ReorganisationSource getSource() {
        return source;
    }

    boolean isSample() {
        return source == ReorganisationSource.SAMPLE;
    }
}
