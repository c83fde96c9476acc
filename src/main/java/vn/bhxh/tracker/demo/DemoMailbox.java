package vn.bhxh.tracker.demo;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The demo profile's mail catcher: an in-process SMTP server (GreenMail) on 127.0.0.1 and a free
 * port, which keeps every e-mail it receives in memory and delivers none. It runs from
 * {@link #start()} until {@link #close()} (the application context closes it). GreenMail keeps one
 * copy of a message per recipient (each address in To and in Cc): this class shows each e-mail
 * once, by its Message-ID.
 */
public final class DemoMailbox implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DemoMailbox.class);
    static final String HOST = "127.0.0.1";

    /**
     * One e-mail as the inbox page shows it: addresses and subject decoded, the plain text alone;
     * {@code received} is its Date header, which the application sets from its own clock (the
     * catcher's receiving time only for a message without one).
     */
    public record CaughtMail(Instant received, String from, String to, String cc, String subject, String body) {
    }

    /** The newest e-mails (at most the limit asked for) and how many there are in all. */
    public record Page(List<CaughtMail> mails, int total) {
    }

    private record Received(Instant at, long uid, MimeMessage message) {
    }

    private final GreenMail server;

    private DemoMailbox(GreenMail server) {
        this.server = server;
    }

    /** Starts a catcher on 127.0.0.1 and a port the system chooses. */
    public static DemoMailbox start() {
        GreenMail server = new GreenMail(new ServerSetup(0, HOST, ServerSetup.PROTOCOL_SMTP).dynamicPort());
        server.start();
        DemoMailbox mailbox = new DemoMailbox(server);
        log.info("Demo mail catcher: SMTP on {}:{}; e-mails are kept in memory and shown at /demo/mailbox",
                HOST, mailbox.port());
        return mailbox;
    }

    public int port() {
        return server.getSmtp().getPort();
    }

    public boolean isRunning() {
        return server.isRunning();
    }

    /** Each e-mail received once (the first copy of each Message-ID), oldest first. */
    public List<MimeMessage> received() {
        return distinct().stream().map(Received::message).toList();
    }

    /** The newest e-mails first, at most {@code limit}, for the inbox page. */
    public Page newest(int limit) {
        List<Received> all = distinct();
        List<CaughtMail> newest = new ArrayList<>();
        for (int i = all.size() - 1; i >= 0 && newest.size() < limit; i--) {
            newest.add(shown(all.get(i)));
        }
        return new Page(newest, all.size());
    }

    /** Forgets every e-mail received; returns how many there were. */
    public int clear() {
        int count = distinct().size();
        try {
            server.purgeEmailFromAllMailboxes();
        } catch (FolderException failed) {
            throw new IllegalStateException("The demo mailbox could not be emptied", failed);
        }
        return count;
    }

    @Override
    public void close() {
        if (server.isRunning()) {
            server.stop();
            log.info("Demo mail catcher stopped");
        }
    }

    private List<Received> distinct() {
        List<StoredMessage> stored = server.getManagers().getImapHostManager().getAllMessages();
        List<Received> copies = stored.stream()
                .map(message -> new Received(message.getReceivedDate().toInstant(), message.getUid(), message.getMimeMessage()))
                .sorted(Comparator.comparing(Received::at).thenComparingLong(Received::uid))
                .toList();
        Map<String, Received> byId = new LinkedHashMap<>();
        for (Received copy : copies) {
            byId.putIfAbsent(messageId(copy), copy);
        }
        return new ArrayList<>(byId.values());
    }

    private static String messageId(Received copy) {
        try {
            String id = copy.message().getMessageID();
            // without a Message-ID the copies cannot be told apart from other e-mails: each is shown
            return id != null ? id : "no-id:" + copy.at() + ":" + copy.uid();
        } catch (MessagingException unreadable) {
            return "unreadable:" + copy.at() + ":" + copy.uid();
        }
    }

    private static CaughtMail shown(Received copy) {
        MimeMessage message = copy.message();
        return new CaughtMail(sentAt(copy), addresses(() -> message.getFrom()),
                addresses(() -> message.getRecipients(Message.RecipientType.TO)),
                addresses(() -> message.getRecipients(Message.RecipientType.CC)),
                subject(message), plainText(message));
    }

    private static Instant sentAt(Received copy) {
        try {
            Date sent = copy.message().getSentDate();
            return sent != null ? sent.toInstant() : copy.at();
        } catch (MessagingException unreadable) {
            return copy.at();
        }
    }

    private interface AddressReader {
        Address[] read() throws MessagingException;
    }

    private static String addresses(AddressReader reader) {
        try {
            Address[] addresses = reader.read();
            if (addresses == null) {
                return "";
            }
            return Arrays.stream(addresses)
                    .map(DemoMailbox::readable)
                    .collect(Collectors.joining(", "));
        } catch (MessagingException unreadable) {
            return "";
        }
    }

    /** "Name <address>" with the name decoded (diacritics included), or the address alone. */
    private static String readable(Address address) {
        if (address instanceof InternetAddress internet) {
            String name = internet.getPersonal();
            return name == null || name.isBlank() ? internet.getAddress() : name + " <" + internet.getAddress() + ">";
        }
        return address.toString();
    }

    private static String subject(MimeMessage message) {
        try {
            String subject = message.getSubject();
            return subject == null ? "" : subject;
        } catch (MessagingException unreadable) {
            return "";
        }
    }

    /** The first text/plain part, with line ends as {@code \n}; empty when there is none. */
    private static String plainText(MimeMessage message) {
        try {
            String text = plainText((Part) message);
            return text == null ? "" : text.replace("\r\n", "\n");
        } catch (MessagingException | IOException unreadable) {
            return "";
        }
    }

    private static String plainText(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            Object content = part.getContent();
            return content instanceof String text ? text : null;
        }
        if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String text = plainText(multipart.getBodyPart(i));
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }
}
