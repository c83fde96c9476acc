package vn.bhxh.tracker.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import vn.bhxh.tracker.reminder.ReminderMailer;
import vn.bhxh.tracker.system.TrackerProperties;

/**
 * When the demo mail catcher starts: with the {@code demo} profile and no mail server configured,
 * and then only. With {@code spring.mail.host} set Spring Boot's sender goes to that server; outside
 * {@code demo} there is no sender at all and reminders are refused, as before.
 */
class DemoMailConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            // the machine's own SPRING_MAIL_HOST or system properties must not decide the outcome here
            .withInitializer(context -> {
                context.getEnvironment().getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
                context.getEnvironment().getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
            })
            .withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class))
            .withBean(TrackerProperties.class, () -> new TrackerProperties(ZoneId.of("Asia/Ho_Chi_Minh")))
            .withBean(Clock.class, () -> Clock.fixed(Instant.parse("2026-12-03T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh")))
            .withUserConfiguration(DemoMailConfiguration.class, DemoMailboxController.class, DemoMailboxLink.class,
                    ReminderMailer.class);

    private ApplicationContextRunner withProfile(String profile) {
        return runner.withInitializer(context -> context.getEnvironment().setActiveProfiles(profile));
    }

    @Test
    void withTheDemoProfileAndNoMailHostTheApplicationSendsToItsOwnCatcherUntilItCloses() {
        DemoMailbox[] started = new DemoMailbox[1];
        withProfile("demo").run(context -> {
            assertThat(context).hasSingleBean(DemoMailbox.class).hasSingleBean(JavaMailSender.class)
                    .hasBean("demoMailbox").hasBean("demoMailSender")
                    .hasSingleBean(DemoMailboxController.class).hasSingleBean(DemoMailboxLink.class);
            DemoMailbox mailbox = context.getBean(DemoMailbox.class);
            assertThat(mailbox.isRunning()).isTrue();
            assertThat(context.getBean(JavaMailSender.class)).isInstanceOfSatisfying(JavaMailSenderImpl.class, sender -> {
                assertThat(sender.getHost()).isEqualTo("127.0.0.1");
                assertThat(sender.getPort()).isEqualTo(mailbox.port()).isPositive();
                assertThat(sender.getDefaultEncoding()).isEqualTo("UTF-8");
            });
            assertThat(context.getBean(ReminderMailer.class).isConfigured()).isTrue();

            SimpleMailMessage mail = new SimpleMailMessage();
            mail.setFrom("khong-tra-loi@tracker.invalid");
            mail.setTo("lanh-dao@cau-hinh.invalid");
            mail.setSubject("Thử");
            mail.setText("Nội dung");
            context.getBean(JavaMailSender.class).send(mail);
            assertThat(mailbox.received()).hasSize(1);
            started[0] = mailbox;
        });
        assertThat(started[0].isRunning()).isFalse();
    }

    @Test
    void aBlankMailHostCountsAsNone() {
        withProfile("demo").withPropertyValues("spring.mail.host=").run(context -> {
            assertThat(context).hasSingleBean(DemoMailbox.class).hasSingleBean(JavaMailSender.class);
            assertThat(context.getBean(JavaMailSender.class)).isSameAs(context.getBean("demoMailSender"));
        });
    }

    @Test
    void withAMailHostTheConfiguredServerIsUsedAndTheCatcherDoesNotStart() {
        withProfile("demo").withPropertyValues("spring.mail.host=smtp.tracker.invalid", "spring.mail.port=2525").run(context -> {
            assertThat(context).doesNotHaveBean(DemoMailbox.class).doesNotHaveBean("demoMailSender")
                    .doesNotHaveBean(DemoMailboxController.class).doesNotHaveBean(DemoMailboxLink.class)
                    .hasSingleBean(JavaMailSender.class);
            assertThat(context.getBean(JavaMailSender.class)).isInstanceOfSatisfying(JavaMailSenderImpl.class, sender -> {
                assertThat(sender.getHost()).isEqualTo("smtp.tracker.invalid");
                assertThat(sender.getPort()).isEqualTo(2525);
            });
            assertThat(context.getBean(ReminderMailer.class).isConfigured()).isTrue();
        });
    }

    @Test
    void withAMailSessionFromJndiTheCatcherDoesNotStart() {
        new ApplicationContextRunner()
                .withInitializer(context -> context.getEnvironment().setActiveProfiles("demo"))
                .withPropertyValues("spring.mail.jndi-name=mail/Session")
                .withUserConfiguration(DemoMailConfiguration.class)
                .run(context -> assertThat(context).doesNotHaveBean(DemoMailbox.class).doesNotHaveBean(JavaMailSender.class));
    }

    @Test
    void withoutTheDemoProfileThereIsNoMailServerAndRemindersAreRefused() {
        for (ApplicationContextRunner production : new ApplicationContextRunner[] {runner, withProfile("production")}) {
            production.run(context -> {
                assertThat(context).hasNotFailed().doesNotHaveBean(DemoMailbox.class).doesNotHaveBean(JavaMailSender.class)
                        .doesNotHaveBean(DemoMailboxController.class).doesNotHaveBean(DemoMailboxLink.class);
                assertThat(context.getBean(ReminderMailer.class).isConfigured()).isFalse();
            });
        }
    }
}
