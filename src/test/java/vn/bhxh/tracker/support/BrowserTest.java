package vn.bhxh.tracker.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The application on a random port, on real PostgreSQL with demo accounts, for Chromium to visit; its
 * e-mails go to its own demo mail catcher ({@link vn.bhxh.tracker.demo.DemoMailbox}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
// a mail host from the environment is ignored: tests send only to the application's demo mail catcher
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.hikari.maximum-pool-size=4", "spring.mail.host="})
@ActiveProfiles("demo")
@Import({TestDatabaseConfiguration.class, FailingPage.class, TestAccounts.class, TestClock.Configuration.class})
public @interface BrowserTest {
}
