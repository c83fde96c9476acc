package vn.bhxh.tracker.unit.reorganisation;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.bhxh.tracker.system.Actor;

/**
 * A test on {@link PlanFixtures}' tree, created before each test for the demo administrator's plans of
 * next month (01/2027 on the test clock's 3 December 2026); the subclasses roll it back with their
 * transaction.
 */
abstract class OnTestTree {

    @Autowired
    ReorganisationPlans plans;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    PlanFixtures fixtures;
    Map<String, Long> ids;
    Actor admin;
    YearMonth month;

    @BeforeEach
    void createTree() {
        fixtures = new PlanFixtures(jdbc, clock);
        ids = fixtures.create();
        admin = fixtures.admin();
        month = fixtures.nextMonth();
    }

    /** The administrator's plan for next month with these lines, not applied: its id. */
    long planned(String number, PlanLine... lines) {
        return PlanFixtures.planned(plans, admin, number, month, lines);
    }
}
