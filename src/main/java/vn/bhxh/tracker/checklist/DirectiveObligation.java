package vn.bhxh.tracker.checklist;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A numbered item of a directive other than its duties, e.g. item 4: disseminate to all staff. */
@Entity
@Table(name = "directive_obligation")
class DirectiveObligation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "directive_id")
    private Directive directive;

    private String item;

    private int position;

    private String title;

    private String originalText;

    private String citation;

    protected DirectiveObligation() {
    }

    public Long getId() {
        return id;
    }

    public String getItem() {
        return item;
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
}
