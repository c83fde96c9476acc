package vn.bhxh.tracker.checklist;

/** What kind of value a unit reports for an indicator. */
public enum IndicatorKind {
    /** A whole number, never negative. */
    COUNT,
    /** Yes or no. */
    YES_NO,
    /** A share from 0 to 100. */
    PERCENTAGE
}
