package vn.bhxh.tracker.checklist;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The duties and indicators in force from one month on. A new version is added when the checklist
 * changes (e.g. duty 2e retired when the COVID-19 measures ended); reports keep the version they
 * were made with.
 */
@Entity
@Table(name = "checklist_version")
public class ChecklistVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "directive_id")
    private Directive directive;

    private String name;

    /** First day of the first month in force. */
    private LocalDate effectiveFrom;

    /** First day of the last month in force, or none while the version is current. */
    private LocalDate effectiveTo;

    @Version
    private long version;

    @OneToMany(mappedBy = "checklistVersion")
    @OrderBy("position")
    private List<Duty> duties = new ArrayList<>();

    protected ChecklistVersion() {
    }

    public Long getId() {
        return id;
    }

    public Directive getDirective() {
        return directive;
    }

    public String getName() {
        return name;
    }

    public YearMonth getFirstMonth() {
        return YearMonth.from(effectiveFrom);
    }

    /** The last month in force, or {@code null} while the version is current. */
    public YearMonth getLastMonth() {
        return effectiveTo == null ? null : YearMonth.from(effectiveTo);
    }

    public List<Duty> getDuties() {
        return duties;
    }
}
