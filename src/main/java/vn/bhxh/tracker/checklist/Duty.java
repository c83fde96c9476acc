package vn.bhxh.tracker.checklist;

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

/**
 * One lettered clause of item 2 of the directive (2a, 2b, 2c, 2d, 2đ, 2e, 2g), as a checklist
 * version states it. The code keeps the Vietnamese letter "đ".
 */
@Entity
@Table(name = "duty")
public class Duty {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "checklist_version_id")
    private ChecklistVersion checklistVersion;

    private String code;

    private int position;

    private String title;

    private String originalText;

    private String citation;

    @OneToMany(mappedBy = "duty")
    @OrderBy("position")
    private List<Indicator> indicators = new ArrayList<>();

    protected Duty() {
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }

    public String getOriginalText() {
        return originalText;
    }

    public String getCitation() {
        return citation;
    }

    public List<Indicator> getIndicators() {
        return indicators;
    }
}
