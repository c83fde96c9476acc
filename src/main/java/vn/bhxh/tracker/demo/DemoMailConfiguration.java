package vn.bhxh.tracker.demo;

import java.nio.charset.StandardCharsets;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * With the {@code demo} profile and no mail server configured ({@link DemoMailCondition}), the
 * application sends its e-mails by real SMTP to an in-process catcher ({@link DemoMailbox}) instead
 * of refusing to send: the reminders (đôn đốc) work out of the box, and {@code /demo/mailbox} shows
 * what they sent. Spring Boot's own mail sender steps back when this one exists; with
 * {@code SPRING_MAIL_HOST} set, this configuration is skipped and Boot's sender is used.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(DemoMailCondition.class)
class DemoMailConfiguration {

    /** Started here, stopped when the context closes ({@code close()} is inferred as the destroy method). */
    @Bean
    DemoMailbox demoMailbox() {
        return DemoMailbox.start();
    }

    @Bean
    JavaMailSender demoMailSender(DemoMailbox demoMailbox) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(DemoMailbox.HOST);
        sender.setPort(demoMailbox.port());
        sender.setDefaultEncoding(StandardCharsets.UTF_8.name());
        return sender;
    }
}
