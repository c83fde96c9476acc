package vn.bhxh.tracker.checklist;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/** A binding instruction, here 2165/CT-BHXH; its item 2 is tracked through checklist versions. */
@Entity
@Table(name = "directive")
class Directive {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    private String title;

    private LocalDate issuedOn;

    private String issuedBy;

    private String signedBy;

    @OneToMany(mappedBy = "directive")
    @OrderBy("position")
    private List<DirectiveObligation> obligations = new ArrayList<>();

    protected Directive() {
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public String getIssuedBy() {
        return issuedBy;
    }

    public String getSignedBy() {
        return signedBy;
    }

    /** Items 1, 3 and 4: what the directive asks beyond the duties of item 2. */
    public List<DirectiveObligation> getObligations() {
        return obligations;
    }
}
