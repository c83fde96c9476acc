package vn.bhxh.tracker.system;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import vn.bhxh.tracker.audit.AuditLog;
import vn.bhxh.tracker.support.DemoUsers;
import vn.bhxh.tracker.support.IntegrationTest;
import vn.bhxh.tracker.support.TestAccounts;

/** Prometheus reads the metrics with its own account only; actions count once they have committed. */
@IntegrationTest
class MetricsEndpointTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    AuditLog auditLog;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void metricsAreClosedToStrangersAndToPeoplesAccounts() throws Exception {
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus").with(httpBasic(TestAccounts.METRICS_USERNAME, "wrong")))
                .andExpect(status().isUnauthorized());
        // even the administrator's own password does not open them: the scraper has its own account
        mvc.perform(get("/actuator/prometheus").with(httpBasic("admin", DemoUsers.PASSWORD)))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void prometheusReadsTheMetricsWithItsOwnAccount() throws Exception {
        mvc.perform(scrape())
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("jvm_memory_used_bytes")))
                .andExpect(content().string(containsString("hikaricp_connections_active")));
    }

    @Test
    void anActionCountsOnceItCommitsAndNeverWhenItRollsBack() throws Exception {
        transactions.executeWithoutResult(tx -> {
            auditLog.record(null, "metrics test", "METRICS_ROLLED_BACK", "TEST", 1L, Map.of());
            tx.setRollbackOnly();
        });
        transactions.executeWithoutResult(tx -> auditLog.record(null, "metrics test", "METRICS_COMMITTED", "TEST", 1L, Map.of()));

        mvc.perform(scrape())
                .andExpect(content().string(containsString("tracker_actions_total{action=\"METRICS_COMMITTED\"")))
                .andExpect(content().string(not(containsString("METRICS_ROLLED_BACK"))));
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder scrape() {
        return get("/actuator/prometheus").with(httpBasic(TestAccounts.METRICS_USERNAME, TestAccounts.METRICS_PASSWORD));
    }
}
