package vn.bhxh.tracker.account;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.bhxh.tracker.audit.AuditLog;
import vn.bhxh.tracker.system.AfterTransaction;
import vn.bhxh.tracker.unit.UnitDirectory;
import vn.bhxh.tracker.unit.UnitRef;
import vn.bhxh.tracker.unit.reorganisation.UnitPeople;
import vn.bhxh.tracker.unit.reorganisation.UnitsReorganised;

/**
 * People follow their units through a reorganisation. The unit module asks here who belongs to the
 * units a plan ends ({@link UnitPeople}); when the plan takes effect ({@link UnitsReorganised}: at its
 * month, not before), everyone in a unit merged into another moves to it, each move written to the audit
 * trail (target {@code USER_ACCOUNT}, as sign-in events are) and their sessions ended once it commits (the
 * session keeps their unit); the people of a unit split or closed stay where they are, open items for the
 * administrator to place, and the decision's page lists them.
 */
@Component
class PeopleFollowUnits implements UnitPeople {

    /** The audit action of a move, as V30 wrote it for the moves of 2025. */
    static final String MOVED = "UNIT_CHANGED_BY_REORGANISATION";

    private final UserAccountRepository accounts;
    private final UnitDirectory units;
    private final AuditLog auditLog;
    private final SessionRegistry sessions;
    private final Clock clock;

    PeopleFollowUnits(UserAccountRepository accounts, UnitDirectory units, AuditLog auditLog, SessionRegistry sessions,
                      Clock clock) {
        this.accounts = accounts;
        this.units = units;
        this.auditLog = auditLog;
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<UnitMember> membersOf(Collection<Long> unitIds) {
        return unitIds.isEmpty() ? List.of() : accounts.findByUnitIdInOrderByUnitIdAscUsernameAsc(unitIds).stream()
                .map(account -> new UnitMember(account.getId(), account.getUsername(), account.getFullName(),
                        account.getUnitId(), account.isEnabled()))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, String> fullNamesOf(Collection<Long> userIds) {
        Map<Long, String> names = new LinkedHashMap<>();
        if (!userIds.isEmpty()) {
            accounts.findFullNamesByIdIn(userIds).forEach(name -> names.put(name.getId(), name.getFullName()));
        }
        return names;
    }

    /** Moves the people of each merged unit to the unit it merged into, in the transaction that settles it. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void follow(UnitsReorganised reorganised) {
        Instant now = clock.instant();
        for (UnitsReorganised.EndedUnit ended : reorganised.ended()) {
            Long successor = ended.successorForPeople();
            if (successor == null) {
                continue;
            }
            String successorCode = units.refOf(successor).map(UnitRef::code).orElseThrow();
            for (UserAccount account : accounts.findByUnitIdInOrderByUnitIdAscUsernameAsc(List.of(ended.unitId()))) {
                account.update(account.getFullName(), account.getEmail(), successor, account.getPosition(), account.getRoles(), now);
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("fromUnit", ended.code());
                details.put("toUnit", successorCode);
                details.put("reorganisation", reorganised.reorganisationId());
                details.put("decision", reorganised.decisionNumber());
                details.put("effectiveMonth", reorganised.effectiveMonth().toString());
                auditLog.record(reorganised.actorId(), reorganised.actorName(), MOVED, SignInThrottles.AUDIT_TARGET,
                        account.getId(), details);
                String username = account.getUsername();
                AfterTransaction.onCommit(() -> sessions.getAllSessions(username, false).forEach(SessionInformation::expireNow));
            }
        }
    }
}
