package vn.bhxh.tracker.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** The application on a random port, on real PostgreSQL with demo accounts, for Chromium to visit. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.hikari.maximum-pool-size=4")
@ActiveProfiles("demo")
@Import({TestDatabaseConfiguration.class, FailingPage.class, TestAccounts.class, TestMail.class, TestClock.Configuration.class})
public @interface BrowserTest {
}
