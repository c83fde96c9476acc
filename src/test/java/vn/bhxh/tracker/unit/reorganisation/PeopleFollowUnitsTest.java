package vn.bhxh.tracker.unit.reorganisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.bhxh.tracker.support.Pages.html;
import static vn.bhxh.tracker.unit.reorganisation.PlanFixtures.line;

import java.util.EnumSet;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import vn.bhxh.tracker.account.Position;
import vn.bhxh.tracker.account.Role;
import vn.bhxh.tracker.support.DemoUsers;
import vn.bhxh.tracker.support.IntegrationTest;
import vn.bhxh.tracker.support.TestAccounts;

/**
 * People follow their units (issue 11, item 4) when a plan is applied: the account module hears
 * {@link UnitsReorganised} in the applying transaction. On {@link PlanFixtures}' tree, with one user in
 * each of ZQH11 (a head), ZQH12 (a deputy, disabled) and ZQH13 (a head): a merge moves its people to the
 * unit it merged into, each move in the audit trail; a split or a closure leaves them where they are,
 * listed by the preview and the decision's page as to be placed. Each test rolls back.
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

    @Test
    void theUsersOfMergedUnitsMoveToTheUnitTheyMergedIntoEachMoveAudited() {
        long plan = planned("ZQ-20/QĐ", line("MERGE", "ZQH11", "ZQH100", "BHXH cơ sở Một", "ZQT1", "DISTRICT"),
                line("MERGE", "ZQH12", "ZQH100"));
        PlanReview review = plans.review(plan, admin);
        assertThat(review.people()).extracting(p -> p.member().username() + " " + p.fromCode() + " → " + p.toCode() + " " + p.toName())
                .containsExactly("zq.motmot ZQH11 → ZQH100 BHXH cơ sở Một", "zq.mothai ZQH12 → ZQH100 BHXH cơ sở Một");

        long reorganisation = plans.apply(plan, review.plan().version(), admin).reorganisationId();
        entities.flush();

        Long merged = jdbc.queryForObject("SELECT id FROM unit WHERE code = 'ZQH100'", Long.class);
        assertThat(unitOf("zq.motmot")).isEqualTo(merged);
        assertThat(unitOf("zq.mothai")).isEqualTo(merged);
        assertThat(unitOf("zq.motba")).isEqualTo(ids.get("ZQH13"));
        assertThat(jdbc.queryForList("""
                SELECT a.username || ' ' || e.actor_name || ' ' || e.details FROM audit_event e JOIN user_account a ON a.id = e.target_id
                WHERE e.action = 'MOVED_BY_REORGANISATION' AND e.target_type = 'USER_ACCOUNT' AND a.username LIKE 'zq.%'
                ORDER BY a.username""", String.class))
                .hasSize(2)
                .allSatisfy(event -> assertThat(event).contains("Quản trị hệ thống", "\"toUnit\":\"ZQH100\"",
                        "\"reorganisation\":" + reorganisation, "\"decision\":\"ZQ-20/QĐ\""))
                .anySatisfy(event -> assertThat(event).startsWith("zq.mothai").contains("\"fromUnit\":\"ZQH12\""))
                .anySatisfy(event -> assertThat(event).startsWith("zq.motmot").contains("\"fromUnit\":\"ZQH11\""));
    }

    @Test
    void theUsersOfASplitUnitStayWhereTheyAreAndAreListedToPlace() throws Exception {
        long plan = planned("ZQ-21/QĐ", line("SPLIT", "ZQH13", "ZQH131", "BHXH cơ sở Một Ba A", "ZQT1", "DISTRICT"),
                line("SPLIT", "ZQH13", "ZQH132", "BHXH cơ sở Một Ba B", "ZQT1", "DISTRICT"));
        PlanReview review = plans.review(plan, admin);
        assertThat(review.people()).singleElement().satisfies(placement -> {
            assertThat(placement.member().username()).isEqualTo("zq.motba");
            assertThat(placement.toPlace()).isTrue();
        });

        long reorganisation = plans.apply(plan, review.plan().version(), admin).reorganisationId();
        entities.flush();

        assertThat(unitOf("zq.motba")).isEqualTo(ids.get("ZQH13"));
        String page = html(mvc.perform(get("/admin/reorganisations/" + reorganisation).with(demo.as("admin"))).andExpect(status().isOk()));
        assertThat(page).contains("Người dùng cần bố trí").containsPattern(">zq.motba</a></td>\\s*<td>Phạm Văn Ba</td>");
        assertThat(page.substring(page.indexOf("data-testid=\"to-place\""))).contains("Cần bố trí");
    }

    @Test
    void theUsersOfAClosedUnitStayToo() {
        long plan = planned("ZQ-22/QĐ", line("CLOSE", "ZQH11"));
        PlanReview review = plans.review(plan, admin);
        assertThat(review.people()).extracting(PlanReview.Placement::toPlace).containsExactly(true);

        plans.apply(plan, review.plan().version(), admin);
        entities.flush();

        assertThat(unitOf("zq.motmot")).isEqualTo(ids.get("ZQH11"));
        assertThat(jdbc.queryForList("""
                SELECT e.id FROM audit_event e JOIN user_account a ON a.id = e.target_id
                WHERE e.action = 'MOVED_BY_REORGANISATION' AND a.username = 'zq.motmot'""", Long.class)).isEmpty();
    }

    private Long unitOf(String username) {
        return jdbc.queryForObject("SELECT unit_id FROM user_account WHERE username = ?", Long.class, username);
    }
}
