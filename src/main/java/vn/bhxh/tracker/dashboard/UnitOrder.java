package vn.bhxh.tracker.dashboard;

/**
 * How the dashboard's unit lists are sorted; each is a fixed SQL ORDER BY, never built from user
 * input, with a second one for the year's list, whose rows sum several months.
 */
public enum UnitOrder {
    /** Central units, then province by province, each office before its districts. */
    HIERARCHY("CASE x.level WHEN 'CENTRAL' THEN 0 ELSE 1 END, "
            + "coalesce(CASE WHEN x.level = 'DISTRICT' THEN x.parent_code END, x.code), "
            + "CASE x.level WHEN 'PROVINCE' THEN 0 ELSE 1 END, x.code", null),
    /** Alphabetically by name, Vietnamese letters compared without their marks first. */
    NAME("lower(immutable_unaccent(x.name)), x.name, x.code", null),
    /** The lowest share of duties fully done first; units without a submitted report last. */
    COMPLIANCE("CASE WHEN x.applicable = 0 THEN 1 ELSE 0 END, x.done::numeric / nullif(x.applicable, 0), x.code", null),
    /** Missing first, then late, not yet due, on time; over a year, the most months missing, then late. */
    TIMELINESS("CASE x.timeliness WHEN 'MISSING' THEN 0 WHEN 'LATE' THEN 1 WHEN 'NOT_DUE' THEN 2 ELSE 3 END, x.code",
            "x.missing DESC, x.late DESC, x.code");

    final String orderBy;
    final String yearOrderBy;

    UnitOrder(String orderBy, String yearOrderBy) {
        this.orderBy = orderBy;
        this.yearOrderBy = yearOrderBy == null ? orderBy : yearOrderBy;
    }
}
