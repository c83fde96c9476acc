package vn.bhxh.tracker.reminder;

import java.time.Clock;
import java.util.Date;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends reminder e-mails through the SMTP server configured by {@code SPRING_MAIL_HOST} (and
 * {@code _PORT}, {@code _USERNAME}, {@code _PASSWORD}), from {@code tracker.mail.from}. Without a
 * mail host the application runs, and sending is refused with a message.
 */
@Component
public class ReminderMailer {

    private final ObjectProvider<JavaMailSender> sender;
    private final String from;
    private final Clock clock;

    ReminderMailer(ObjectProvider<JavaMailSender> sender,
                   @Value("${tracker.mail.from:khong-tra-loi@tracker.invalid}") String from, Clock clock) {
        this.sender = sender;
        this.from = from;
        this.clock = clock;
    }

    public boolean isConfigured() {
        return sender.getIfAvailable() != null;
    }

    /** Sends one draft; throws if no mail server is configured or it refuses the message. */
    void send(ReminderDraft draft) {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            throw new ReminderException("reminder.error.mailNotConfigured", null);
        }
        try {
            MimeMessage message = mail.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(from);
            helper.setTo(draft.to().toArray(String[]::new));
            if (!draft.cc().isEmpty()) {
                helper.setCc(draft.cc().toArray(String[]::new));
            }
            helper.setSubject(draft.subject());
            // dated by the application's clock, as the reminder is recorded, not the machine's
            helper.setSentDate(Date.from(clock.instant()));
            helper.setText(draft.body(), false);
            mail.send(message);
        } catch (MessagingException badAddress) {
            throw new ReminderException("reminder.error.sendFailed", draft.unitName());
        }
    }
}
