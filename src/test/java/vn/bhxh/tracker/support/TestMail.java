package vn.bhxh.tracker.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

/**
 * One in-process SMTP server (GreenMail, on a free port) for the whole test JVM, and the
 * application's mail sender pointed at it: every test context sends there, none to a real server.
 * Tests read what arrived with {@link #server()}, filtering by their own recipients' domains.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestMail {

    private static final GreenMail SERVER = start();

    private static GreenMail start() {
        GreenMail server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        return server;
    }

    public static GreenMail server() {
        return SERVER;
    }

    @Bean
    JavaMailSender testMailSender() {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(SERVER.getSmtp().getPort());
        sender.setDefaultEncoding("UTF-8");
        return sender;
    }
}
