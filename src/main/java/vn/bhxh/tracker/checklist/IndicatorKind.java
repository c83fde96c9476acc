package vn.bhxh.tracker.checklist;

import org.springframework.modulith.NamedInterface;

/** What kind of value a unit reports for an indicator. */
@NamedInterface(name = "api", propagate = false)
public enum IndicatorKind {
    /** A whole number, never negative. */
    COUNT,
    /** Yes or no. */
    YES_NO,
    /** A share from 0 to 100. */
    PERCENTAGE
}
