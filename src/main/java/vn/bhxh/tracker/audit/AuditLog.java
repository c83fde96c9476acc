package vn.bhxh.tracker.audit;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.bhxh.tracker.system.AfterTransaction;

import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes and reads the append-only audit trail. Events join the caller's transaction, so an action
 * that rolls back leaves no event behind, and one that commits always leaves one.
 * <p>
 * Every committed event also counts in the metric {@value #ACTIONS_METRIC}, tagged with its action:
 * reports submitted ({@code SUBMITTED}, {@code RESUBMITTED}), reviews decided ({@code ACCEPTED},
 * {@code RETURNED}), reminders sent ({@code REMINDER_SENT}) and the rest come from this one place.
 */
@Service
@NamedInterface(name = "api", propagate = false)
public class AuditLog {

    static final String ACTIONS_METRIC = "tracker.actions";

    private final AuditEventRepository events;
    private final Clock clock;
    private final JsonMapper json;
    private final MeterRegistry meters;

    AuditLog(AuditEventRepository events, Clock clock, JsonMapper json, MeterRegistry meters) {
        this.events = events;
        this.clock = clock;
        this.json = json;
        this.meters = meters;
    }

    /**
     * Appends an event. Details are named values, kept as JSON, never sentences: the page that shows
     * them words them in the reader's language.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public AuditEvent record(Long actorId, String actorName, String action, String targetType, Long targetId,
                             Map<String, ?> details) {
        AuditEvent saved = events.save(new AuditEvent(clock.instant(), actorId, actorName, action, targetType, targetId,
                details.isEmpty() ? "" : json.writeValueAsString(details)));
        AfterTransaction.onCommit(() -> meters.counter(ACTIONS_METRIC, "action", action).increment());
        return saved;
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> eventsOf(String targetType, Long targetId) {
        return events.findByTargetTypeAndTargetIdOrderByOccurredAtAscIdAsc(targetType, targetId).stream()
                .map(event -> new AuditEntry(event.getOccurredAt(), event.getActorName(), event.getAction(),
                        detailsOf(event.getDetails())))
                .toList();
    }

    private Map<String, String> detailsOf(String stored) {
        Map<String, String> details = new LinkedHashMap<>();
        if (stored == null || stored.isBlank()) {
            return details;
        }
        try {
            json.readTree(stored).properties().forEach(field -> details.put(field.getKey(), field.getValue().asString()));
        } catch (JacksonException notJson) {
            details.put("text", stored);
        }
        return details;
    }
}
