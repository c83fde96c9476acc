package vn.bhxh.tracker.system;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.bhxh.tracker.support.Visitor.location;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.flyway.autoconfigure.FlywayConnectionDetails;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.bhxh.tracker.TrackerApplication;
import vn.bhxh.tracker.account.Role;
import vn.bhxh.tracker.reminder.ReminderJob;
import vn.bhxh.tracker.support.AtOnce;
import vn.bhxh.tracker.support.DemoUsers;
import vn.bhxh.tracker.support.ServerTest;
import vn.bhxh.tracker.support.TestAccounts;
import vn.bhxh.tracker.support.TestClock;
import vn.bhxh.tracker.support.Visitor;

/**
 * Two instances of the application on one database, as behind a load balancer: the test's own and
 * a second one started here with the same settings and the same database.
 */
@ServerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class TwoInstancesTest {

    @LocalServerPort
    int first;

    @Autowired
    ConfigurableApplicationContext firstInstance;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    ConfigurableApplicationContext secondInstance;
    int second;

    @BeforeAll
    void startTheSecondInstance() {
        JdbcConnectionDetails database = firstInstance.getBean(JdbcConnectionDetails.class);
        // as deployed: the application's role for the application, the owner's for Flyway
        FlywayConnectionDetails owner = firstInstance.getBean(FlywayConnectionDetails.class);
        secondInstance = new SpringApplicationBuilder(TrackerApplication.class, TestClock.Configuration.class)
                .profiles("demo")
                .properties("server.port=0", "spring.datasource.hikari.maximum-pool-size=2", "spring.mail.host=")
                .initializers(context -> {
                    context.getBeanFactory().registerSingleton("testDatabase", database);
                    context.getBeanFactory().registerSingleton("testDatabaseOwner", owner);
                })
                .run();
        second = ((WebServerApplicationContext) secondInstance).getWebServer().getPort();
    }

    @AfterAll
    void stopTheSecondInstance() {
        secondInstance.close();
    }

    @Test
    void aUserSignedInOnOneInstanceContinuesOnTheOtherAndADisabledUsersSessionEndsOnBoth() {
        String username = "hai-may-" + UUID.randomUUID().toString().substring(0, 8);
        long id = accounts.ensure(username, "Người dùng hai máy chủ", username + "@example.invalid", "VN", null,
                EnumSet.of(Role.EXECUTIVE));
        Visitor user = new Visitor();
        assertThat(location(user.signIn(first, username, DemoUsers.PASSWORD))).isEqualTo("/");

        HttpResponse<String> onTheOther = user.get(second, "/");
        assertThat(onTheOther.statusCode()).isEqualTo(200);
        assertThat(onTheOther.body()).contains("Người dùng hai máy chủ");
        // kept in PostgreSQL under the user name, for the configured 60 minutes
        assertThat(jdbc.queryForList("SELECT max_inactive_interval FROM spring_session WHERE principal_name = ?",
                Integer.class, username)).containsExactly(3600);
        // the signed-in user is kept there without the password's hash
        assertThat(jdbc.queryForList("SELECT a.attribute_bytes FROM spring_session_attributes a JOIN spring_session s"
                        + " ON s.primary_id = a.session_primary_id WHERE s.principal_name = ?", byte[].class, username))
                .isNotEmpty()
                .allSatisfy(bytes -> assertThat(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1))
                        .doesNotContain("{bcrypt}"));

        Visitor admin = new Visitor();
        admin.signIn(second, "admin", DemoUsers.PASSWORD);
        assertThat(admin.post(second, "/admin/users/" + id + "/disable", Map.of()).statusCode()).isEqualTo(302);

        assertThat(location(user.get(first, "/"))).isEqualTo("/login?expired");
        assertThat(location(user.get(second, "/"))).isEqualTo("/login");
    }

    @Test
    void theDailyRemindersRunOnOneInstanceWhenBothStartThemAtOnce(CapturedOutput output) throws Exception {
        // a day that no deadline is near: the job sends nothing, but says that it ran
        LocalDate day = LocalDate.of(2020, 1, 15);
        releaseTheLock();
        try {
            AtOnce.run(List.of(firstInstance, secondInstance).stream()
                    .map(instance -> instance.getBean(ReminderJob.class))
                    .<Callable<Object>>map(job -> () -> {
                        job.sendFor(day);
                        return null;
                    })
                    .toList());
        } finally {
            releaseTheLock();
        }
        assertThat(Pattern.compile("Automatic reminders for " + day).matcher(output.getOut()).results().count())
                .isEqualTo(1);
    }

    /** The lock outlives each run by a minute: other tests' runs must not find it held. */
    private void releaseTheLock() {
        jdbc.update("UPDATE shedlock SET lock_until = now() WHERE name = ?", ReminderJob.LOCK);
    }
}
