package vn.bhxh.tracker.checklist;

/** The direction in which an indicator's value is a worsening, for the dashboards' warnings. */
public enum WorseWhen {
    /** More is worse: overdue feedback, tasks overdue, files handled late. */
    HIGHER,
    /** Less is worse: the share of targets met. */
    LOWER
}
