package vn.bhxh.tracker.account;

import org.springframework.modulith.NamedInterface;

/** What a user may do. Spring Security sees each as {@code ROLE_<name>}. */
@NamedInterface(name = "api", propagate = false)
public enum Role {
    /** A head or deputy of a unit: reports for their own unit. */
    UNIT_LEADER,
    /** Ban Tổ chức cán bộ (Vụ Tổ chức cán bộ until 02/2025): reviews every unit's reports, monitors and urges (item 3 of the directive). */
    REVIEWER,
    /** Head of a provincial office: sees its district offices. */
    PROVINCE_DIRECTOR,
    /** The General Director and deputies: read everything. */
    EXECUTIVE,
    /** Keeps units, users and the checklist. */
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
