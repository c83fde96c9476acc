package vn.bhxh.tracker.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on real PostgreSQL with MockMvc, demo accounts included. Every test class
 * that uses it shares one application context and one connection pool. With the {@code demo} profile
 * and no mail host, the application sends its e-mails to its own demo mail catcher
 * ({@link vn.bhxh.tracker.demo.DemoMailbox}), which tests inject to read what arrived.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
// a mail host from the environment is ignored: tests send only to the application's demo mail catcher
@SpringBootTest(properties = {"spring.datasource.hikari.maximum-pool-size=4", "spring.mail.host=",
        "tracker.metrics.username=" + TestAccounts.METRICS_USERNAME, "tracker.metrics.password=" + TestAccounts.METRICS_PASSWORD})
@AutoConfigureMockMvc
@ActiveProfiles("demo")
@Import({TestDatabaseConfiguration.class, DemoUsers.class, SelfAssessmentSteps.class, TestAccounts.class, TestClock.Configuration.class})
public @interface IntegrationTest {
}
