package vn.bhxh.tracker.dashboard;

/** The units behind one figure of the dashboard: each figure links to its list. */
public enum UnitFilter {
    EXPECTED("true"),
    ON_TIME("x.timeliness = 'ON_TIME'"),
    LATE("x.timeliness = 'LATE'"),
    MISSING("x.timeliness = 'MISSING'"),
    NOT_DUE("x.timeliness = 'NOT_DUE'"),
    RETURNED("x.state = 'RETURNED'"),
    ACCEPTED("x.state = 'ACCEPTED'"),
    WAITING("x.state = 'SUBMITTED'");

    /** A fixed SQL condition on the unit-status rows; never built from user input. */
    final String condition;

    UnitFilter(String condition) {
        this.condition = condition;
    }
}
