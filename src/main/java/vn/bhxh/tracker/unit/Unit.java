package vn.bhxh.tracker.unit;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An office of BHXH, as its identity: its id and its code, never reused. What it is called, its level
 * and the unit above it hold for spans of months and are its {@link UnitVersion}s; the months none holds
 * are months it did not exist. Units are never deleted: a reorganisation ends a unit's last version and
 * records its successors, so that history keeps pointing at the unit as it was.
 */
@Entity
@Table(name = "unit")
public class Unit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    @Version
    private long version;

    protected Unit() {
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public long getVersion() {
        return version;
    }
}
