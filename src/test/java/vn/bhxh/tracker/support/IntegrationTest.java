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
 * that uses it shares one application context and one connection pool.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = "spring.datasource.hikari.maximum-pool-size=4")
@AutoConfigureMockMvc
@ActiveProfiles("demo")
@Import({TestDatabaseConfiguration.class, DemoUsers.class, ReportSteps.class, TestMail.class, TestClock.Configuration.class, TestAccounts.class})
public @interface IntegrationTest {
}
