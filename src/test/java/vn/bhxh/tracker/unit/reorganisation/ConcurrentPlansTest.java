package vn.bhxh.tracker.unit.reorganisation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.bhxh.tracker.unit.reorganisation.PlanFixtures.line;

import java.time.Clock;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.bhxh.tracker.account.Role;
import vn.bhxh.tracker.support.AtOnce;
import vn.bhxh.tracker.support.IntegrationTest;
import vn.bhxh.tracker.support.TestAccounts;
import vn.bhxh.tracker.support.TestClock;
import vn.bhxh.tracker.system.Actor;

/**
 * Two administrators confirm plans that conflict at the same moment, each clean when previewed: ZQH11
 * merged into ZQH12 by one, into ZQH13 by the other. The plans are checked again one after the other
 * inside their transactions, so exactly one is applied and the other is refused with the reason, as it
 * would be if it came later. These transactions commit; what they wrote is removed afterwards (but the
 * audit trail's entries and the second administrator they name).
 */
@IntegrationTest
class ConcurrentPlansTest {

    private static final String SECOND_ADMIN = "zq.quantri2";
    private static final String MOVED_USER = "zq.dichuyen";

    @Autowired
    ReorganisationPlans plans;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Autowired
    PeopleFollowJob job;

    /** The application's clock under the demo profile's DemoClock: the one instance, not a bean by type. */
    final TestClock testClock = TestClock.INSTANCE;

    PlanFixtures fixtures;

    @BeforeEach
    void createTree() {
        fixtures = new PlanFixtures(jdbc, clock);
        fixtures.remove();
        fixtures.create();
    }

    /** The second administrator stays, disabled: the audit trail names them, and it keeps its rows. */
    @AfterEach
    void removeTree() {
        testClock.reset();
        jdbc.update("DELETE FROM reorganisation_open_item WHERE user_account_id IN (SELECT id FROM user_account WHERE username = ?)",
                MOVED_USER);
        jdbc.update("DELETE FROM user_account WHERE username = ?", MOVED_USER);
        fixtures.remove();
        jdbc.update("UPDATE user_account SET enabled = false WHERE username = ?", SECOND_ADMIN);
    }

    @Test
    void ofTwoConflictingPlansConfirmedAtOnceOneIsAppliedAndTheOtherRefused() throws Exception {
        Actor first = fixtures.admin();
        Long secondId = accounts.ensure(SECOND_ADMIN, "Quản trị thứ hai", SECOND_ADMIN + "@example.invalid", "VN", null,
                EnumSet.of(Role.ADMIN));
        Actor second = new PlanFixtures.TestActor(secondId, "Quản trị thứ hai");
        YearMonth month = fixtures.nextMonth();
        long intoZqh12 = PlanFixtures.planned(plans, first, "ZQ-40/QĐ", month, line("MERGE", "ZQH11", "ZQH12"));
        long intoZqh13 = PlanFixtures.planned(plans, second, "ZQ-41/QĐ", month, line("MERGE", "ZQH11", "ZQH13"));
        long version12 = plans.review(intoZqh12, first).plan().version();
        long version13 = plans.review(intoZqh13, second).plan().version();
        assertThat(plans.review(intoZqh12, first).isClean()).isTrue();
        assertThat(plans.review(intoZqh13, second).isClean()).isTrue();

        List<String> outcomes = AtOnce.run(List.<Callable<String>>of(
                () -> outcome(intoZqh12, version12, first),
                () -> outcome(intoZqh13, version13, second)));

        assertThat(outcomes).containsExactlyInAnyOrder("applied", "refused: 1 unit.notInForce");
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM unit_succession s JOIN unit p ON p.id = s.predecessor_id WHERE p.code = 'ZQH11'""",
                Integer.class)).isOne();
        assertThat(fixtures.tree(month, "ZQH1")).hasSize(2).doesNotContainKey("ZQH11");
    }

    /**
     * Two instances run the monthly job at once as next month begins (01/2027 on the test clock), after a
     * plan of this month merged ZQH11 into ZQH12 from then: ShedLock and the row's lock let one of them move
     * ZQH11's user, once; a run after them moves nobody again.
     */
    @Test
    void twoInstancesRunningTheMonthlyJobAtOnceMoveEachUserOnce() throws Exception {
        Actor admin = fixtures.admin();
        Long user = accounts.ensure(MOVED_USER, "Người Chuyển Đơn Vị", MOVED_USER + "@example.invalid", "ZQH11", null,
                EnumSet.of(Role.UNIT_LEADER));
        YearMonth month = fixtures.nextMonth();
        long plan = PlanFixtures.planned(plans, admin, "ZQ-42/QĐ", month, line("MERGE", "ZQH11", "ZQH12"));
        long reorganisation = plans.apply(plan, plans.review(plan, admin).plan().version(), admin).reorganisationId();
        assertThat(unitCodeOf(user)).isEqualTo("ZQH11");

        testClock.freezeAt(month.atDay(1).atTime(0, 1));
        AtOnce.run(List.<Callable<Void>>of(() -> {
            job.run();
            return null;
        }, () -> {
            job.run();
            return null;
        }));
        job.run();

        assertThat(unitCodeOf(user)).isEqualTo("ZQH12");
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM audit_event WHERE action = 'UNIT_CHANGED_BY_REORGANISATION' AND target_id = ?
                AND details LIKE '%"reorganisation":' || ? || '%'""", Integer.class, user, reorganisation)).isOne();
    }

    private String unitCodeOf(Long user) {
        return jdbc.queryForObject("SELECT u.code FROM user_account a JOIN unit u ON u.id = a.unit_id WHERE a.id = ?",
                String.class, user);
    }

    private String outcome(long plan, long version, Actor actor) {
        try {
            plans.apply(plan, version, actor);
            return "applied";
        } catch (PlanHasProblemsException refused) {
            return "refused: " + refused.review().problems().stream()
                    .map(problem -> problem.line() + " " + problem.code().substring(PlanProblem.PREFIX.length()))
                    .reduce((a, b) -> a + ", " + b).orElse("");
        }
    }
}
