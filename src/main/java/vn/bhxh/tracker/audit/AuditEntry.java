package vn.bhxh.tracker.audit;

import java.time.Instant;
import java.util.Map;

import org.springframework.modulith.NamedInterface;

/**
 * An audit event as pages show it: its details are named values (e.g. {@code submission}, {@code note},
 * {@code file}) that the page words in the reader's language.
 */
@NamedInterface(name = "api", propagate = false)
public record AuditEntry(Instant occurredAt, String actorName, String action, Map<String, String> details) {
}
