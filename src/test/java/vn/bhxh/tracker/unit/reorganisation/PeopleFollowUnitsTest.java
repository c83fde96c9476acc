package vn.bhxh.tracker.unit.reorganisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.bhxh.tracker.support.Pages.html;
import static vn.bhxh.tracker.unit.reorganisation.PlanFixtures.line;

import java.util.EnumSet;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import vn.bhxh.tracker.account.Position;
import vn.bhxh.tracker.account.Role;
import vn.bhxh.tracker.support.DemoUsers;
import vn.bhxh.tracker.support.IntegrationTest;
import vn.bhxh.tracker.support.SelfAssessmentSteps;
import vn.bhxh.tracker.support.TestAccounts;
import vn.bhxh.tracker.support.TestClock;

/**
 * People follow their units (issue 11, item 4) when a plan takes effect, not before: the account module hears
 * {@link UnitsReorganised} in the transaction that settles the plan's people ({@link PeopleAtEffectiveMonth}),
 * the applying one for a plan of the current month (12/2026 on the test clock), else the monthly job's once
 * the month begins (01/2027 for next month's plan). On {@link PlanFixtures}' tree, with one user in each of
 * ZQH11 (a head), ZQH12 (a deputy, disabled) and ZQH13 (a head): a merge moves its people to the unit it
 * merged into, each move in the audit trail (V30's {@code UNIT_CHANGED_BY_REORGANISATION}), once however
 * often the job runs; a split or a closure leaves them where they are, each an open item to place, and
 * listed by the preview and the decision's page. Whoever is in a merged unit when its month begins follows it,
 * joined after the apply or not. A reorganisation that cannot settle (here its successor's versions deleted
 * by hand, so that its people have no unit to go to) stays due and the others settle all the
 * same. A merged unit's head, moved with its people, finishes and submits its last month's report, which
 * stays the merged unit's. Each test rolls back and puts the clock back.
 */
@IntegrationTest
@Transactional
class PeopleFollowUnitsTest extends OnTestTree {

    @Autowired
    TestAccounts accounts;

    @Autowired
    EntityManager entities;

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    PeopleAtEffectiveMonth monthly;

    /** The application's clock under the demo profile's DemoClock: the one instance, not a bean by type. */
    final TestClock testClock = TestClock.INSTANCE;

    @Autowired
    SelfAssessmentSteps steps;

    @BeforeEach
    void createPeople() {
        accounts.ensure("zq.motmot", "Lê Văn Một", "zq.motmot@example.invalid", "ZQH11", Position.HEAD, EnumSet.of(Role.UNIT_LEADER));
        accounts.ensure("zq.mothai", "Trần Thị Hai", "zq.mothai@example.invalid", "ZQH12", Position.DEPUTY, EnumSet.of(Role.UNIT_LEADER));
        jdbc.update("UPDATE user_account SET enabled = false WHERE username = 'zq.mothai'");
        accounts.ensure("zq.motba", "Phạm Văn Ba", "zq.motba@example.invalid", "ZQH13", Position.HEAD, EnumSet.of(Role.UNIT_LEADER));
        // the accounts as the database has them, not as this transaction's persistence context last saw them
        entities.flush();
        entities.clear();
    }

    @AfterEach
    void clockBack() {
        testClock.reset();
    }

    @Test
    void aPlanForNextMonthMovesNobodyUntilTheMonthBeginsThenTheJobMovesThemOnceEachMoveAudited() {
        long plan = planned("ZQ-20/QĐ", line("MERGE", "ZQH11", "ZQH100", "BHXH cơ sở Một", "ZQT1", "DISTRICT"),
                line("MERGE", "ZQH12", "ZQH100"));
        PlanReview review = plans.review(plan, admin);
        assertThat(review.people()).extracting(p -> p.member().username() + " " + p.fromCode() + " → " + p.toCode() + " " + p.toName())
                .containsExactly("zq.motmot ZQH11 → ZQH100 BHXH cơ sở Một", "zq.mothai ZQH12 → ZQH100 BHXH cơ sở Một");

        long reorganisation = plans.apply(plan, review.plan().version(), admin).reorganisationId();
        monthly.settleDue(); // still December: their units exist until January
        entities.flush();

        assertThat(unitOf("zq.motmot")).isEqualTo(ids.get("ZQH11"));
        assertThat(unitOf("zq.mothai")).isEqualTo(ids.get("ZQH12"));
        assertThat(moves()).isEmpty();

        testClock.freezeAt(month.atDay(1).atTime(0, 1));
        monthly.settleDue();
        monthly.settleDue(); // run again (as by another instance): nobody moves twice
        entities.flush();
        entities.clear();

        Long merged = jdbc.queryForObject("SELECT id FROM unit WHERE code = 'ZQH100'", Long.class);
        assertThat(unitOf("zq.motmot")).isEqualTo(merged);
        assertThat(unitOf("zq.mothai")).isEqualTo(merged);
        assertThat(unitOf("zq.motba")).isEqualTo(ids.get("ZQH13"));
        assertThat(moves())
                .hasSize(2)
                .allSatisfy(event -> assertThat(event).contains(" null " + PeopleAtEffectiveMonth.JOB_ACTOR + " ",
                        "\"toUnit\":\"ZQH100\"", "\"reorganisation\":" + reorganisation, "\"decision\":\"ZQ-20/QĐ\"",
                        "\"effectiveMonth\":\"" + month + "\""))
                .anySatisfy(event -> assertThat(event).startsWith("zq.mothai").contains("\"fromUnit\":\"ZQH12\""))
                .anySatisfy(event -> assertThat(event).startsWith("zq.motmot").contains("\"fromUnit\":\"ZQH11\""));
        assertThat(jdbc.queryForObject("SELECT settled_at IS NOT NULL FROM reorganisation_people WHERE reorganisation_id = ?",
                Boolean.class, reorganisation)).isTrue();
    }

    @Test
    void aReorganisationThatCannotSettleStaysDueAndTheOthersSettleAllTheSame() {
        long first = planned("ZQ-25/QĐ", line("MERGE", "ZQH11", "ZQH100", "BHXH cơ sở Một", "ZQT1", "DISTRICT"));
        long failing = plans.apply(first, plans.review(first, admin).plan().version(), admin).reorganisationId();
        long second = planned("ZQ-26/QĐ", line("MERGE", "ZQH13", "ZQH12"));
        long settling = plans.apply(second, plans.review(second, admin).plan().version(), admin).reorganisationId();
        // the unit ZQH11's people are to follow loses its versions: when the month begins they have nowhere to go
        jdbc.update("DELETE FROM unit_version WHERE unit_id = (SELECT id FROM unit WHERE code = 'ZQH100')");
        entities.flush();
        entities.clear();

        testClock.freezeAt(month.atDay(1).atTime(0, 1));
        assertThat(monthly.settleDue()).isOne();
        entities.flush();
        entities.clear();

        assertThat(unitOf("zq.motba")).isEqualTo(ids.get("ZQH12"));
        assertThat(unitOf("zq.motmot")).isEqualTo(ids.get("ZQH11"));
        assertThat(moves()).singleElement().satisfies(event -> assertThat(event).startsWith("zq.motba")
                .contains("\"reorganisation\":" + settling));
        assertThat(jdbc.queryForList("SELECT reorganisation_id FROM reorganisation_people WHERE settled_at IS NULL AND reorganisation_id IN (?, ?)",
                Long.class, failing, settling)).containsExactly(failing);
        assertThat(monthly.settleDue()).as("the failing one is tried again, and fails again").isZero();
    }

    @Test
    void theHeadOfAMergedUnitMovedWithItsPeopleSubmitsItsLastMonthsReportOnceTheMonthBegins() throws Exception {
        long december = steps.start("zq.motmot", fixtures.thisMonth());
        entities.flush();
        long plan = planned("ZQ-27/QĐ", line("MERGE", "ZQH11", "ZQH12"));
        plans.apply(plan, plans.review(plan, admin).plan().version(), admin);

        testClock.freezeAt(month.atDay(1).atTime(0, 1));
        assertThat(monthly.settleDue()).isOne();
        entities.flush();
        entities.clear();
        assertThat(unitOf("zq.motmot")).isEqualTo(ids.get("ZQH12"));

        // December's report is submitted from 1 January: by then ZQH11 has ended and its head is ZQH12's
        steps.submit(december, "zq.motmot", "zq.motmot");

        assertThat(jdbc.queryForObject("SELECT state FROM self_assessment WHERE id = ? AND unit_id = ?", String.class,
                december, ids.get("ZQH11"))).as("still ZQH11's report").isEqualTo("SUBMITTED");
    }

    @Test
    void someoneWhoJoinsAMergedUnitAfterThePlanIsAppliedFollowsItToo() {
        long plan = planned("ZQ-24/QĐ", line("MERGE", "ZQH13", "ZQH11"));
        plans.apply(plan, plans.review(plan, admin).plan().version(), admin);
        accounts.ensure("zq.moiden", "Đỗ Thị Mới", "zq.moiden@example.invalid", "ZQH13", Position.DEPUTY, EnumSet.of(Role.UNIT_LEADER));
        entities.flush();
        entities.clear();

        testClock.freezeAt(month.atDay(1).atTime(0, 1));
        assertThat(monthly.settleDue()).isOne();
        entities.flush();

        assertThat(unitOf("zq.motba")).isEqualTo(ids.get("ZQH11"));
        assertThat(unitOf("zq.moiden")).isEqualTo(ids.get("ZQH11"));
        assertThat(moves()).hasSize(2);
        assertThat(monthly.settleDue()).isZero();
    }

    @Test
    void aPlanForTheCurrentMonthMovesThemAsItIsAppliedByTheAdministratorAndTheJobMovesNobodyAgain() {
        long plan = PlanFixtures.planned(plans, admin, "ZQ-23/QĐ", fixtures.thisMonth(),
                line("MERGE", "ZQH11", "ZQH12"));
        PlanReview review = plans.review(plan, admin);

        long reorganisation = plans.apply(plan, review.plan().version(), admin).reorganisationId();
        monthly.settleDue();
        entities.flush();

        assertThat(unitOf("zq.motmot")).isEqualTo(ids.get("ZQH12"));
        assertThat(moves()).singleElement().satisfies(event -> assertThat(event)
                .startsWith("zq.motmot " + admin.id() + " Quản trị hệ thống ")
                .contains("\"fromUnit\":\"ZQH11\"", "\"toUnit\":\"ZQH12\"", "\"reorganisation\":" + reorganisation));
    }

    @Test
    void theUsersOfASplitUnitStayWhereTheyAreAndBecomeOpenItemsToPlaceWhenTheMonthBegins() throws Exception {
        long plan = planned("ZQ-21/QĐ", line("SPLIT", "ZQH13", "ZQH131", "BHXH cơ sở Một Ba A", "ZQT1", "DISTRICT"),
                line("SPLIT", "ZQH13", "ZQH132", "BHXH cơ sở Một Ba B", "ZQT1", "DISTRICT"));
        PlanReview review = plans.review(plan, admin);
        assertThat(review.people()).singleElement().satisfies(placement -> {
            assertThat(placement.member().username()).isEqualTo("zq.motba");
            assertThat(placement.toPlace()).isTrue();
        });

        long reorganisation = plans.apply(plan, review.plan().version(), admin).reorganisationId();
        entities.flush();
        assertThat(itemsToPlace()).isEmpty();

        testClock.freezeAt(month.atDay(1).atTime(0, 1));
        monthly.settleDue();
        monthly.settleDue();
        entities.flush();

        assertThat(unitOf("zq.motba")).isEqualTo(ids.get("ZQH13"));
        assertThat(moves()).isEmpty();
        assertThat(itemsToPlace()).containsExactly("zq.motba ZQH13 " + reorganisation);
        String page = html(mvc.perform(get("/admin/reorganisations/" + reorganisation).with(demo.as("admin"))).andExpect(status().isOk()));
        assertThat(page).contains("Người dùng cần bố trí").containsPattern(">zq.motba</a></td>\\s*<td>Phạm Văn Ba</td>");
        assertThat(page.substring(page.indexOf("data-testid=\"to-place\""))).contains("Cần bố trí");
    }

    @Test
    void theUsersOfAUnitClosedThisMonthStayTooEachAnOpenItemToPlaceAtOnce() {
        long plan = PlanFixtures.planned(plans, admin, "ZQ-22/QĐ", fixtures.thisMonth(), line("CLOSE", "ZQH11"));
        PlanReview review = plans.review(plan, admin);
        assertThat(review.people()).extracting(PlanReview.Placement::toPlace).containsExactly(true);

        long reorganisation = plans.apply(plan, review.plan().version(), admin).reorganisationId();
        entities.flush();

        assertThat(unitOf("zq.motmot")).isEqualTo(ids.get("ZQH11"));
        assertThat(moves()).isEmpty();
        assertThat(itemsToPlace()).containsExactly("zq.motmot ZQH11 " + reorganisation);
    }

    private Long unitOf(String username) {
        return jdbc.queryForObject("SELECT unit_id FROM user_account WHERE username = ?", Long.class, username);
    }

    /** The moves of the test's users in the audit trail: "user actor-id actor-name details". */
    private List<String> moves() {
        return jdbc.queryForList("""
                SELECT a.username || ' ' || coalesce(e.actor_id::text, 'null') || ' ' || e.actor_name || ' ' || e.details
                FROM audit_event e JOIN user_account a ON a.id = e.target_id
                WHERE e.action = 'UNIT_CHANGED_BY_REORGANISATION' AND e.target_type = 'USER_ACCOUNT' AND a.username LIKE 'zq.%'
                ORDER BY a.username""", String.class);
    }

    /** The open items of the test's users: "user unit's code decision's id". */
    private List<String> itemsToPlace() {
        return jdbc.queryForList("""
                SELECT a.username || ' ' || u.code || ' ' || i.reorganisation_id
                FROM reorganisation_open_item i JOIN user_account a ON a.id = i.user_account_id JOIN unit u ON u.id = i.unit_id
                WHERE i.kind = 'USER_IN_CLOSED_UNIT' AND i.resolved_at IS NULL AND a.username LIKE 'zq.%'
                ORDER BY a.username""", String.class);
    }
}
