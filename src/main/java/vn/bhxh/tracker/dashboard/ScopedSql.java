package vn.bhxh.tracker.dashboard;

/**
 * A figure's query in its two texts, one for the whole country and one for a province, made once from
 * a text that marks with {@code {inScope}} where the province's condition goes. The condition is on
 * {@code u}, the unit's version of the month (a row of {@code unit_version} that holds the month, or of
 * {@code unit_tree}): the provincial office and the units under it that month, so a unit is counted in
 * the province it sat in in each month. Never one text for "a
 * province or none": after five runs PostgreSQL keeps one plan per statement, and the plan for "maybe
 * a province" read every report even for one province.
 */
record ScopedSql(String national, String province) {

    static final String IN_SCOPE = "{inScope}";

    static final String IN_PROVINCE = "AND (u.unit_id = :provinceId OR u.parent_id = :provinceId)";

    /** The two texts of a query that has {@code {inScope}} once (in {@link UnitMonths#WITH_UNIT_MONTH}, or its own). */
    static ScopedSql of(String sql) {
        if (sql.indexOf(IN_SCOPE) < 0 || sql.indexOf(IN_SCOPE) != sql.lastIndexOf(IN_SCOPE)) {
            throw new IllegalArgumentException("a scoped query names " + IN_SCOPE + " exactly once: " + sql);
        }
        return new ScopedSql(sql.replace(IN_SCOPE, ""), sql.replace(IN_SCOPE, IN_PROVINCE));
    }

    /** The text for the scope: the national one, or the province's (parameter {@code :provinceId}). */
    String in(DashboardScope scope) {
        return scope.isNational() ? national : province;
    }
}
