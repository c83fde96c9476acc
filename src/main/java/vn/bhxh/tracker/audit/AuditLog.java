package vn.bhxh.tracker.audit;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes and reads the append-only audit trail. Events join the caller's transaction, so an action
 * that rolls back leaves no event behind, and one that commits always leaves one.
 */
@Service
public class AuditLog {

    private final AuditEventRepository events;
    private final Clock clock;

    AuditLog(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public AuditEvent record(Long actorId, String actorName, String action, String targetType, Long targetId,
                             String details) {
        return events.save(new AuditEvent(clock.instant(), actorId, actorName, action, targetType, targetId, details));
    }

    @Transactional(readOnly = true)
    public List<AuditEvent> eventsOf(String targetType, Long targetId) {
        return events.findByTargetTypeAndTargetIdOrderByOccurredAtAscIdAsc(targetType, targetId);
    }
}
