package vn.bhxh.tracker.checklist;

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

/** A figure a unit reports each month under a duty, e.g. "Phản ánh, kiến nghị tiếp nhận". */
@Entity
@Table(name = "indicator")
public class Indicator {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "duty_id")
    private Duty duty;

    private int position;

    private String name;

    private String unitOfMeasure;

    @Enumerated(EnumType.STRING)
    private IndicatorKind kind;

    /** Which way the value worsens, where one is clear (null for e.g. inspections held). */
    @Enumerated(EnumType.STRING)
    private WorseWhen worseWhen;

    /** Another indicator of the same duty that this one may not exceed, if any. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "at_most_indicator_id")
    private Indicator atMost;

    protected Indicator() {
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getName() {
        return name;
    }

    public String getUnitOfMeasure() {
        return unitOfMeasure;
    }

    public IndicatorKind getKind() {
        return kind;
    }

    public WorseWhen getWorseWhen() {
        return worseWhen;
    }

    public Indicator getAtMost() {
        return atMost;
    }
}
