package vn.bhxh.tracker.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

/**
 * A figure's query comes in two texts made once, the country's without any province condition and a
 * province's with it, so that PostgreSQL keeps a plan for each; a text that does not say where the
 * condition goes (or says it twice) is refused when its class loads, not on some later request.
 */
class ScopedSqlTest {

    private static final String QUERY = "SELECT count(*) FROM unit_tree(:month) u WHERE u.level <> 'AGENCY' {inScope}";

    @Test
    void theCountrysTextHasNoProvinceConditionAndTheProvincesHasIt() {
        ScopedSql sql = ScopedSql.of(QUERY);
        assertThat(sql.in(DashboardScope.NATIONAL)).isEqualTo("SELECT count(*) FROM unit_tree(:month) u WHERE u.level <> 'AGENCY' ")
                .doesNotContain(":provinceId", "{inScope}");
        assertThat(sql.in(new DashboardScope(7L)))
                .isEqualTo("SELECT count(*) FROM unit_tree(:month) u WHERE u.level <> 'AGENCY' "
                        + "AND (u.unit_id = :provinceId OR u.parent_id = :provinceId)");
    }

    @Test
    void aQueryOverSeveralMonthsFollowsTheProvincesLineageAndTheCountrysTextStaysAsItWas() {
        ScopedSql sql = ScopedSql.followingLineage(QUERY);
        assertThat(sql.in(DashboardScope.NATIONAL)).isEqualTo(ScopedSql.of(QUERY).in(DashboardScope.NATIONAL));
        assertThat(sql.in(new DashboardScope(7L))).endsWith(ScopedSql.IN_LINEAGE)
                .contains("u.unit_id IN (:lineage) OR u.parent_id IN (:lineage)").doesNotContain("{inScope}");
    }

    @Test
    void aQueryOverSeveralMonthsThatDoesNotSayWhereTheProvinceGoesIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> ScopedSql.followingLineage("SELECT 1"));
    }

    @Test
    void everyQueryOverTheUnitMonthsIsNarrowedInsideTheCommonTable() {
        ScopedSql sql = ScopedSql.of(UnitMonths.WITH_UNIT_MONTH + "SELECT count(*) FROM unit_month x");
        String province = sql.in(new DashboardScope(7L));
        assertThat(province.indexOf(ScopedSql.IN_PROVINCE)).isPositive()
                .isLessThan(province.indexOf("SELECT count(*) FROM unit_month x"));
        assertThat(sql.in(DashboardScope.NATIONAL)).doesNotContain(":provinceId");
    }

    @Test
    void aQueryThatDoesNotSayWhereTheProvinceGoesIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> ScopedSql.of("SELECT count(*) FROM unit_tree(:month) u"));
    }

    @Test
    void aQueryThatSaysItTwiceIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> ScopedSql.of(UnitMonths.WITH_UNIT_MONTH
                + "SELECT count(*) FROM unit_month x JOIN unit_tree(x.month) u ON u.unit_id = x.id WHERE true {inScope}"));
    }
}
