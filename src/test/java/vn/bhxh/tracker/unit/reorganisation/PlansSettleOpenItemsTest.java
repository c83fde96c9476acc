package vn.bhxh.tracker.unit.reorganisation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.bhxh.tracker.unit.reorganisation.PlanFixtures.line;

import java.time.Clock;
import java.time.YearMonth;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import vn.bhxh.tracker.support.IntegrationTest;
import vn.bhxh.tracker.system.Actor;
import vn.bhxh.tracker.unit.OpenItems;

/**
 * An administrator's plan settles what the 2025 decisions left open (V30's {@code reorganisation_open_item})
 * as it is applied, whatever its month: the district offices it places (here Tây Hồ, H003, and Long Biên,
 * H004, merged into a new BHXH cơ sở of Hà Nội, T01, from next month, 01/2027 on the test clock) are marked
 * settled by its decision; every other district office (Cầu Giấy, H005, first of the 693 left) stays open.
 * Counted by hand from V30: 705 district offices waiting in 07/2025, less the ten the demo's sample plan
 * settled (Ba Đình, H001, and Hoàn Kiếm, H002, among them): 695. Each test rolls back.
 */
@IntegrationTest
@Transactional
class PlansSettleOpenItemsTest {

    @Autowired
    ReorganisationPlans plans;

    @Autowired
    OpenItems openItems;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    Actor admin;
    YearMonth month;

    @BeforeEach
    void admin() {
        PlanFixtures fixtures = new PlanFixtures(jdbc, clock);
        admin = fixtures.admin();
        month = fixtures.nextMonth();
    }

    @Test
    void aPlanMergingDistrictOfficesIntoABhxhCoSoSettlesTheirItemsByItsDecisionAndNoOther() {
        assertThat(openItems.counts()).containsEntry(OpenItems.Kind.AWAITING_LOCAL_OFFICE, 695L);
        long plan = PlanFixtures.planned(plans, admin, "ZQ-50/QĐ", month,
                line("MERGE", "H003", "ZQH900", "BHXH cơ sở Tây Hồ - Long Biên", "T01", "DISTRICT"),
                line("MERGE", "H004", "ZQH900"));
        PlanReview review = plans.review(plan, admin);
        assertThat(review.problems()).isEmpty();

        long decision = plans.apply(plan, review.plan().version(), admin).reorganisationId();

        assertThat(openItems.counts()).containsEntry(OpenItems.Kind.AWAITING_LOCAL_OFFICE, 693L)
                .containsEntry(OpenItems.Kind.CLOSED_WITHOUT_SUCCESSOR, 3L);
        assertThat(jdbc.queryForList("""
                SELECT u.code FROM reorganisation_open_item i JOIN unit u ON u.id = i.unit_id
                WHERE i.resolved_by_reorganisation_id = ? AND i.resolved_at IS NOT NULL ORDER BY u.code""", String.class, decision))
                .containsExactly("H003", "H004");
        assertThat(openItems.list(OpenItems.Kind.AWAITING_LOCAL_OFFICE, PageRequest.of(0, 1)))
                .extracting(OpenItems.Item::unitCode).containsExactly("H005");
        assertThat(jdbc.queryForObject("""
                SELECT details FROM audit_event WHERE action = 'REORGANISATION_APPLIED' AND target_id = ?""", String.class, decision))
                .contains("\"openItemsSettled\":2", "\"peopleFollowed\":false");
    }

    @Test
    void aPlanNotAboutAnOpenItemsUnitSettlesNothing() {
        long plan = PlanFixtures.planned(plans, admin, "ZQ-51/QĐ", month, line("CREATE", "", "ZQH901", "BHXH cơ sở Mới", "T01",
                "DISTRICT"));
        PlanReview review = plans.review(plan, admin);
        assertThat(review.problems()).isEmpty();

        long decision = plans.apply(plan, review.plan().version(), admin).reorganisationId();

        assertThat(openItems.counts()).containsEntry(OpenItems.Kind.AWAITING_LOCAL_OFFICE, 695L);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM reorganisation_open_item WHERE resolved_by_reorganisation_id = ?",
                Integer.class, decision)).isZero();
    }
}
