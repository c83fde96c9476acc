package vn.bhxh.tracker.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The application on a random port, as a load balancer or a reverse proxy sees it, with demo
 * accounts; its connections to PostgreSQL go through a {@link DatabaseProxy} that a test can cut.
 * Tests talk to it with {@link Visitor}. Every class that uses it shares one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.hikari.maximum-pool-size=4", "spring.mail.host="})
@ActiveProfiles("demo")
@Import({TestDatabaseConfiguration.class, TestAccounts.class, TestClock.Configuration.class, ServerTest.Proxy.class,
        LostConnectionPage.class})
public @interface ServerTest {

    @TestConfiguration(proxyBeanMethods = false)
    class Proxy {

        @Bean
        static DatabaseProxy databaseProxy() {
            return new DatabaseProxy();
        }
    }
}
