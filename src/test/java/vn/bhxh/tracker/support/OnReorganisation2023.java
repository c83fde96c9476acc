package vn.bhxh.tracker.support;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import vn.bhxh.tracker.reporting.ReportingPeriods;

/**
 * A test of how a month's figures, reminders or reports follow that month's tree, around
 * {@link Reorganisation2023} (06/2023), applied before each test in its transaction ({@code data}), with
 * what such tests read the database and the pages through. The subclass says it is an
 * {@link IntegrationTest} and rolls back ({@code @Transactional}).
 */
public abstract class OnReorganisation2023 {

    @Autowired
    protected ReportingPeriods periods;

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected DemoUsers demo;

    /** The reorganisation and its reports, as this test's transaction holds them. */
    protected Reorganisation2023 data;

    @BeforeEach
    void reorganise() {
        data = Reorganisation2023.apply(jdbc, periods);
    }
}
