package vn.bhxh.tracker.reporting;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** The figure a unit reported for one indicator in one month: a count, a percentage, or 1/0 for yes/no. */
@Entity
@Table(name = "indicator_value")
class IndicatorValue {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "duty_report_id")
    private DutyReport dutyReport;

    /** The indicator, by id: the checklist gives its name, kind and bounds. */
    @Column(name = "indicator_id", nullable = false)
    private Long indicatorId;

    @Column(name = "value")
    private BigDecimal value;

    protected IndicatorValue() {
    }

    IndicatorValue(DutyReport dutyReport, Long indicatorId) {
        this.dutyReport = dutyReport;
        this.indicatorId = indicatorId;
    }

    public Long getId() {
        return id;
    }

    public Long getIndicatorId() {
        return indicatorId;
    }

    public BigDecimal getValue() {
        return value;
    }

    void setValue(BigDecimal value) {
        this.value = value;
    }
}
