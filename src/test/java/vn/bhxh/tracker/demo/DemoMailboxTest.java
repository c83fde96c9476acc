package vn.bhxh.tracker.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

/** The catcher alone: what it keeps of the e-mails it receives, and what the inbox page gets from it. */
class DemoMailboxTest {

    private final DemoMailbox mailbox = DemoMailbox.start();
    private final JavaMailSenderImpl sender = sender(mailbox);

    @AfterEach
    void stop() {
        mailbox.close();
    }

    @Test
    void anEmailToSeveralRecipientsIsKeptOnceWithItsAddressesSubjectAndText() throws Exception {
        Instant sent = Instant.parse("2026-12-03T03:00:00Z");
        send(message -> {
            message.setSentDate(Date.from(sent));
            message.setFrom(new InternetAddress("khong-tra-loi@tracker.invalid", "Hệ thống theo dõi", "UTF-8"));
            message.setTo(new String[] {"truong@h040.test.invalid", "pho@h040.test.invalid"});
            message.setCc("giam-doc@t04.test.invalid");
            message.setSubject("Đôn đốc nộp báo cáo tháng 12/2021");
            message.setText("Kính gửi: Lãnh đạo BHXH thành phố Cao Bằng,\n\n<b>Đề nghị</b> nộp báo cáo.");
        });

        assertThat(mailbox.received()).hasSize(1); // three copies on the server, one per recipient
        DemoMailbox.Page page = mailbox.newest(50);
        assertThat(page.total()).isEqualTo(1);
        DemoMailbox.CaughtMail mail = page.mails().get(0);
        assertThat(mail.from()).isEqualTo("Hệ thống theo dõi <khong-tra-loi@tracker.invalid>");
        assertThat(mail.to()).isEqualTo("truong@h040.test.invalid, pho@h040.test.invalid");
        assertThat(mail.cc()).isEqualTo("giam-doc@t04.test.invalid");
        assertThat(mail.subject()).isEqualTo("Đôn đốc nộp báo cáo tháng 12/2021");
        assertThat(mail.body()).isEqualTo("Kính gửi: Lãnh đạo BHXH thành phố Cao Bằng,\n\n<b>Đề nghị</b> nộp báo cáo.");
        assertThat(mail.received()).isEqualTo(sent);
    }

    @Test
    void theNewestComeFirstUpToTheLimitWithTheTotal() throws Exception {
        for (int i = 1; i <= 3; i++) {
            int number = i;
            send(message -> {
                message.setFrom("khong-tra-loi@tracker.invalid");
                message.setTo("nguoi-nhan@test.invalid");
                message.setSubject("Thư " + number);
                message.setText("Nội dung " + number);
            });
            Thread.sleep(5); // distinct receiving times
        }
        DemoMailbox.Page page = mailbox.newest(2);
        assertThat(page.total()).isEqualTo(3);
        assertThat(page.mails()).extracting(DemoMailbox.CaughtMail::subject).containsExactly("Thư 3", "Thư 2");
        assertThat(page.mails().get(0).cc()).isEmpty();
        assertThat(mailbox.received()).extracting(MimeMessage::getSubject).containsExactly("Thư 1", "Thư 2", "Thư 3");
    }

    @Test
    void theTextPartOfAMultipartEmailIsShown() throws Exception {
        send(message -> {
            message.setFrom("khong-tra-loi@tracker.invalid");
            message.setTo("nguoi-nhan@test.invalid");
            message.setSubject("Hai phần");
            message.setText("Văn bản thuần", "<p>HTML</p>");
        }, true);
        assertThat(mailbox.newest(1).mails()).extracting(DemoMailbox.CaughtMail::body).containsExactly("Văn bản thuần");
    }

    @Test
    void clearingForgetsEveryEmail() throws Exception {
        send(message -> {
            message.setFrom("khong-tra-loi@tracker.invalid");
            message.setTo(new String[] {"a@test.invalid", "b@test.invalid"});
            message.setSubject("Sẽ xóa");
            message.setText("…");
        });
        assertThat(mailbox.clear()).isEqualTo(1);
        assertThat(mailbox.received()).isEmpty();
        assertThat(mailbox.newest(50).mails()).isEmpty();
    }

    @Test
    void itListensOnTheLoopbackAddressUntilClosed() throws IOException {
        int port = mailbox.port();
        try (Socket socket = new Socket("127.0.0.1", port)) {
            assertThat(socket.isConnected()).isTrue();
        }
        mailbox.close();
        assertThat(mailbox.isRunning()).isFalse();
        assertThatThrownBy(() -> new Socket("127.0.0.1", port).close()).isInstanceOf(IOException.class);
    }

    private interface Filler {
        void fill(MimeMessageHelper message) throws Exception;
    }

    private void send(Filler filler) throws Exception {
        send(filler, false);
    }

    private void send(Filler filler, boolean multipart) throws Exception {
        MimeMessage message = sender.createMimeMessage();
        filler.fill(new MimeMessageHelper(message, multipart, StandardCharsets.UTF_8.name()));
        sender.send(message);
    }

    private static JavaMailSenderImpl sender(DemoMailbox mailbox) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(mailbox.port());
        sender.setDefaultEncoding("UTF-8");
        return sender;
    }
}
