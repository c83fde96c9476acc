package vn.bhxh.tracker.audit;

import java.util.List;

import org.springframework.data.repository.Repository;

/** Only appends and reads: the repository offers no update and no delete. */
interface AuditEventRepository extends Repository<AuditEvent, Long> {

    AuditEvent save(AuditEvent event);

    List<AuditEvent> findByTargetTypeAndTargetIdOrderByOccurredAtAscIdAsc(String targetType, Long targetId);
}
