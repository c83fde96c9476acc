package vn.bhxh.tracker.system;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.bhxh.tracker.support.Visitor.location;

import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

import vn.bhxh.tracker.account.Role;
import vn.bhxh.tracker.support.DemoUsers;
import vn.bhxh.tracker.support.ServerTest;
import vn.bhxh.tracker.support.TestAccounts;
import vn.bhxh.tracker.support.Visitor;

/** A session's last access is written to PostgreSQL at most once a minute; everything else at once. */
@ServerTest
class SessionLastAccessTest {

    @LocalServerPort
    int port;

    /** Spring Session JDBC's store, through its interface (its session class is not public). */
    SessionRepository<Session> sessions;

    @Autowired
    @SuppressWarnings({"unchecked", "rawtypes"})
    void sessions(JdbcIndexedSessionRepository jdbcSessions) {
        this.sessions = (SessionRepository) jdbcSessions;
    }

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void pagesOpenedWithinAMinuteOfSigningInDoNotRewriteTheSessionsLastAccess() {
        String username = "phien-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.ensure(username, "Người dùng phiên", username + "@example.invalid", "VN", null, EnumSet.of(Role.EXECUTIVE));
        Visitor user = new Visitor();
        assertThat(location(user.signIn(port, username, DemoUsers.PASSWORD))).isEqualTo("/");
        long signedIn = lastAccessOf(username);

        assertThat(user.get(port, "/").statusCode()).isEqualTo(200);
        assertThat(user.get(port, "/checklist").statusCode()).isEqualTo(200);

        assertThat(lastAccessOf(username)).isEqualTo(signedIn);
    }

    @Test
    void theLastAccessMovesOnceAMinuteHasPassedWhileAttributesAndANewIdAreWrittenAtOnce() {
        Session session = sessions.createSession();
        sessions.save(session);
        long created = lastAccess(session.getId());

        Session again = sessions.findById(session.getId());
        again.setLastAccessedTime(Instant.ofEpochMilli(created + 59_999));
        again.setAttribute("flash", "Đã lưu bản nháp.");
        sessions.save(again);
        assertThat(lastAccess(session.getId())).isEqualTo(created);
        assertThat(sessions.findById(session.getId()).<String>getAttribute("flash")).isEqualTo("Đã lưu bản nháp.");

        // signing in gives the session a new id at once, whatever the time
        Session signingIn = sessions.findById(session.getId());
        String newId = signingIn.changeSessionId();
        signingIn.setLastAccessedTime(Instant.ofEpochMilli(created + 1));
        sessions.save(signingIn);
        assertThat(sessions.findById(session.getId())).isNull();
        // the row rewritten for the id carries the latest access too
        assertThat(lastAccess(newId)).isEqualTo(created + 1);

        Session aMinuteLater = sessions.findById(newId);
        aMinuteLater.setLastAccessedTime(Instant.ofEpochMilli(created + 1 + 60_000));
        sessions.save(aMinuteLater);
        assertThat(lastAccess(newId)).isEqualTo(created + 1 + 60_000);
        assertThat(jdbc.queryForObject("SELECT expiry_time - last_access_time FROM spring_session WHERE session_id = ?",
                Long.class, newId)).isEqualTo(sessions.findById(newId).getMaxInactiveInterval().toMillis());

        sessions.deleteById(newId);
    }

    private long lastAccess(String sessionId) {
        return jdbc.queryForObject("SELECT last_access_time FROM spring_session WHERE session_id = ?", Long.class, sessionId);
    }

    private long lastAccessOf(String username) {
        return jdbc.queryForObject("SELECT last_access_time FROM spring_session WHERE principal_name = ?", Long.class, username);
    }

}
