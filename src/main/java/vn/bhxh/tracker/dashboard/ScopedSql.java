package vn.bhxh.tracker.dashboard;

/**
 * A figure's query in its two texts, one for the whole country and one for a province, made once from
 * a text that marks with {@code {inScope}} where the province's condition goes. The condition is on
 * {@code u}, the unit's version of the month (a row of {@code unit_version} that holds the month, or of
 * {@code unit_tree}), so a unit is counted in the province it sat in in each month. Never one text for
 * "a province or none": after five runs PostgreSQL keeps one plan per statement, and the plan for
 * "maybe a province" read every report even for one province.
 * <p>
 * Two conditions for a province: a figure of one month takes the provincial office and the units under
 * it that month ({@link #of}, {@link #IN_PROVINCE}); a figure over several months follows succession
 * ({@link #followingLineage}, {@link #IN_LINEAGE}): seen from its last month, each month counts the
 * units under any unit of the province's lineage as it stood then, and those units themselves, so that
 * BHXH tỉnh Tuyên Quang's trend seen from 12/2025 carries Hà Giang's office and districts for the months
 * before they merged into it in 04/2025. For the last month itself both conditions give the same units:
 * a predecessor ended when its succession took effect.
 */
record ScopedSql(String national, String province) {

    static final String IN_SCOPE = "{inScope}";

    static final String IN_PROVINCE = "AND (u.unit_id = :provinceId OR u.parent_id = :provinceId)";

    /**
     * The province's lineage as it stood in the month seen from ({@code :lineage}, the ids of
     * {@code UnitDirectory.lineageOf(province, month)}, V33's {@code unit_lineage}: the province and every
     * unit it continued through the successions in effect by then), each unit of it or under it in a
     * month's tree. The ids are read before the query ({@link UnitMonths#scopeParameters}) and given as
     * a list, so that PostgreSQL counts on a few units as it does for one province and joins their reports
     * by the index, as {@link #IN_PROVINCE} does; read inside the query as an array, the lineage was planned
     * as some 180 units of unknown ids, and the query hashed every report of its months (five times slower).
     */
    static final String IN_LINEAGE = "AND (u.unit_id IN (:lineage) OR u.parent_id IN (:lineage))";

    /** The two texts of a one-month query that has {@code {inScope}} once (in {@link UnitMonths#WITH_UNIT_MONTH}, or its own). */
    static ScopedSql of(String sql) {
        return scoped(sql, IN_PROVINCE);
    }

    /**
     * The two texts of a query over several months, whose province text follows the province's lineage
     * as it stood in the last month ({@link #IN_LINEAGE}; parameters from {@link UnitMonths#scopeParameters}).
     */
    static ScopedSql followingLineage(String sql) {
        return scoped(sql, IN_LINEAGE);
    }

    private static ScopedSql scoped(String sql, String inProvince) {
        if (sql.indexOf(IN_SCOPE) < 0 || sql.indexOf(IN_SCOPE) != sql.lastIndexOf(IN_SCOPE)) {
            throw new IllegalArgumentException("a scoped query names " + IN_SCOPE + " exactly once: " + sql);
        }
        return new ScopedSql(sql.replace(IN_SCOPE, ""), sql.replace(IN_SCOPE, inProvince));
    }

    /** The text for the scope: the national one, or the province's (parameter {@code :provinceId}). */
    String in(DashboardScope scope) {
        return scope.isNational() ? national : province;
    }
}
