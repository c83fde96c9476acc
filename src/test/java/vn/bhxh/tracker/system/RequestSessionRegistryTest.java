package vn.bhxh.tracker.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.MapSession;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The concurrent-session check reads the request's own session from the request, any other from the store. */
class RequestSessionRegistryTest {

    private final Sessions store = new Sessions();
    private final RequestSessionRegistry registry = new RequestSessionRegistry(new SpringSessionBackedSessionRegistry<>(store));

    @AfterEach
    void unbindTheRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void endingAUsersSessionsMarksThemWithTheAttributeTheRequestsSessionIsCheckedFor() {
        MapSession session = store.add("badinh");

        registry.getAllSessions("badinh", false).forEach(SessionInformation::expireNow);

        assertThat(store.findById(session.getId()).<Boolean>getAttribute(RequestSessionRegistry.ENDED)).isTrue();
    }

    @Test
    void theRequestsOwnSessionIsAnsweredWithoutReadingTheStore() {
        MockHttpSession current = new MockHttpSession(null, "phien-dang-mo");
        bind(current);

        SessionInformation live = registry.getSessionInformation("phien-dang-mo");
        assertThat(live.isExpired()).isFalse();
        current.setAttribute(RequestSessionRegistry.ENDED, Boolean.TRUE);
        assertThat(registry.getSessionInformation("phien-dang-mo").isExpired()).isTrue();
        assertThat(store.reads).isZero();
    }

    @Test
    void anotherSessionOrNoRequestAtAllIsReadFromTheStore() {
        MapSession other = store.add("hanoi");
        bind(new MockHttpSession(null, "phien-khac"));
        assertThat(registry.getSessionInformation(other.getId()).getSessionId()).isEqualTo(other.getId());
        assertThat(store.reads).isEqualTo(1);

        RequestContextHolder.resetRequestAttributes();
        assertThat(registry.getSessionInformation(other.getId())).isNotNull();
        assertThat(store.reads).isEqualTo(2);
        assertThat(registry.getSessionInformation("khong-co")).isNull();
    }

    private static void bind(MockHttpSession session) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setSession(session);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    /** Sessions in memory, found by user name as Spring Session JDBC finds them by its index. */
    private static final class Sessions implements FindByIndexNameSessionRepository<MapSession> {

        private final Map<String, MapSession> byId = new HashMap<>();
        int reads;

        MapSession add(String username) {
            MapSession session = new MapSession();
            session.setAttribute(PRINCIPAL_NAME_INDEX_NAME, username);
            byId.put(session.getId(), session);
            return session;
        }

        @Override
        public MapSession createSession() {
            return new MapSession();
        }

        @Override
        public void save(MapSession session) {
            byId.put(session.getId(), session);
        }

        @Override
        public MapSession findById(String id) {
            reads++;
            return byId.get(id);
        }

        @Override
        public void deleteById(String id) {
            byId.remove(id);
        }

        @Override
        public Map<String, MapSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
            return byId.values().stream().filter(s -> indexValue.equals(s.getAttribute(PRINCIPAL_NAME_INDEX_NAME)))
                    .collect(Collectors.toMap(MapSession::getId, s -> s));
        }
    }
}
