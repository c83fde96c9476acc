package vn.bhxh.tracker.system;

import java.util.Date;
import java.util.List;

import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Spring Session's registry of sessions by user, except that the session of the request being
 * served is answered from what the request already read. Spring Security's concurrent-session check
 * asks for it on every request, and the registry would read the session row and its attributes from
 * PostgreSQL a second time to learn one flag: whether an administrator ended it (disabled the account,
 * changed its roles or unit). Any other session (a user's sessions to end them) is read as before.
 */
final class RequestSessionRegistry implements SessionRegistry {

    /**
     * The attribute {@link SpringSessionBackedSessionRegistry}'s session information sets when it
     * ends a session (package-private there); {@code RequestSessionRegistryTest} checks the name.
     */
    static final String ENDED = "org.springframework.session.security.SpringSessionBackedSessionInformation.EXPIRED";

    private final SessionRegistry stored;

    RequestSessionRegistry(SessionRegistry stored) {
        this.stored = stored;
    }

    @Override
    public SessionInformation getSessionInformation(String sessionId) {
        HttpSession current = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? request.getRequest().getSession(false) : null;
        if (current == null || !current.getId().equals(sessionId)) {
            return stored.getSessionInformation(sessionId);
        }
        SessionInformation information = new SessionInformation(sessionId, sessionId, new Date(current.getLastAccessedTime()));
        if (Boolean.TRUE.equals(current.getAttribute(ENDED))) {
            information.expireNow();
        }
        return information;
    }

    @Override
    public List<Object> getAllPrincipals() {
        return stored.getAllPrincipals();
    }

    @Override
    public List<SessionInformation> getAllSessions(Object principal, boolean includeExpiredSessions) {
        return stored.getAllSessions(principal, includeExpiredSessions);
    }

    @Override
    public void refreshLastRequest(String sessionId) {
        stored.refreshLastRequest(sessionId);
    }

    @Override
    public void registerNewSession(String sessionId, Object principal) {
        stored.registerNewSession(sessionId, principal);
    }

    @Override
    public void removeSessionInformation(String sessionId) {
        stored.removeSessionInformation(sessionId);
    }
}
