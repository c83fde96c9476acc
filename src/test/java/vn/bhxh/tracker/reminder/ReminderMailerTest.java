package vn.bhxh.tracker.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;

/** Without a mail host (no SPRING_MAIL_HOST) there is no mail sender: sending is refused with a message key. */
class ReminderMailerTest {

    @Test
    void withoutAMailServerSendingIsRefusedClearly() {
        ReminderMailer mailer = new ReminderMailer(new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class),
                "khong-tra-loi@tracker.invalid", Clock.fixed(Instant.parse("2026-12-03T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh")));
        assertThat(mailer.isConfigured()).isFalse();
        ReminderDraft draft = new ReminderDraft(1L, "H040", "BHXH thành phố Cao Bằng", 1L, List.of("a@b.invalid"), List.of(),
                "Tiêu đề", "Nội dung", false);
        assertThatThrownBy(() -> mailer.send(draft)).isInstanceOf(ReminderException.class)
                .extracting(thrown -> ((ReminderException) thrown).getMessageKey())
                .isEqualTo("reminder.error.mailNotConfigured");
    }
}
