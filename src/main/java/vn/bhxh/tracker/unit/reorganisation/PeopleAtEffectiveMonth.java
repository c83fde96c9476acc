package vn.bhxh.tracker.unit.reorganisation;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import vn.bhxh.tracker.unit.OpenItems;

/**
 * People follow their units in the month a reorganisation takes effect, not before: until then their
 * units still exist and they still report for them. A plan applied through {@link ReorganisationWriter}
 * leaves its reorganisation in {@code reorganisation_people} (V35) as still to settle; settling it, once,
 * under that row's lock:
 * <ul>
 * <li>publishes {@link UnitsReorganised}, in this transaction, for the account module to move the people
 * of each merged unit to the unit it merged into (an audit event each);</li>
 * <li>adds an open item ({@link OpenItems#addUsersToPlace}) for each user of a unit split or closed, whom
 * the administrator places;</li>
 * <li>marks the row settled.</li>
 * </ul>
 * It happens when the plan is applied if its month has begun ({@link #settleIfBegun}, by the
 * administrator who applied it), or else from {@link PeopleFollowJob} once the month begins
 * ({@link #settleDue}, by no person: {@link #JOB_ACTOR}). A row settled, or locked by another
 * transaction settling it, is passed over: two instances running the job settle each reorganisation once.
 * The job settles each reorganisation in its own transaction: one that fails is logged with its id and
 * stays due, for the next night, and the others settle all the same.
 */
@Component
class PeopleAtEffectiveMonth {

    /** Who the audit trail names for the moves the monthly job makes (no person does). */
    static final String JOB_ACTOR = "Tự động (tháng có hiệu lực)";
    private static final Logger log = LoggerFactory.getLogger(PeopleAtEffectiveMonth.class);

    private final NamedParameterJdbcTemplate jdbc;
    private final Reorganisations decisions;
    private final UnitPeople people;
    private final OpenItems openItems;
    private final ReorganisationMonths months;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate eachOnItsOwn;

    PeopleAtEffectiveMonth(NamedParameterJdbcTemplate jdbc, Reorganisations decisions, UnitPeople people, OpenItems openItems,
                           ReorganisationMonths months, ApplicationEventPublisher events, Clock clock,
                           PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.decisions = decisions;
        this.people = people;
        this.openItems = openItems;
        this.months = months;
        this.events = events;
        this.clock = clock;
        this.eachOnItsOwn = new TransactionTemplate(transactionManager);
    }

    /**
     * Settles every reorganisation whose month has begun (by the application's clock) and whose people
     * have not followed yet, the earliest month first, each in a transaction of its own (it is called, as the
     * job calls it, outside any; a caller's transaction, a test's, would hold them all): how many it settled.
     * One that fails is logged with its id and stays due, for the next run; the others settle all the same.
     */
    public int settleDue() {
        List<Long> due = jdbc.queryForList("""
                SELECT p.reorganisation_id FROM reorganisation_people p JOIN reorganisation r ON r.id = p.reorganisation_id
                WHERE p.settled_at IS NULL AND r.effective_month <= :month
                ORDER BY r.effective_month, r.id""", new MapSqlParameterSource("month", Date.valueOf(months.firstOpen().atDay(1))),
                Long.class);
        int settled = 0;
        for (Long id : due) {
            try {
                if (Boolean.TRUE.equals(eachOnItsOwn.execute(status -> settleIfStillDue(id)))) {
                    settled++;
                }
            } catch (RuntimeException failed) {
                log.error("People could not follow their units for reorganisation {}; it stays due and the next run tries again",
                        id, failed);
            }
        }
        return settled;
    }

    /** Under the row's lock, unless another transaction holds it or has settled it: whether it settled it. */
    private boolean settleIfStillDue(long reorganisationId) {
        boolean pending = !jdbc.queryForList("""
                SELECT reorganisation_id FROM reorganisation_people WHERE reorganisation_id = :id AND settled_at IS NULL
                FOR UPDATE SKIP LOCKED""", new MapSqlParameterSource("id", reorganisationId), Long.class).isEmpty();
        if (pending) {
            settle(reorganisationId, null, JOB_ACTOR);
        }
        return pending;
    }

    /**
     * In the applying transaction: settles the reorganisation now if its month has begun, as done by the
     * administrator who applied it; whether it did.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean settleIfBegun(long reorganisationId, YearMonth effectiveMonth, Long actorId, String actorName) {
        if (effectiveMonth.isAfter(months.firstOpen())) {
            return false;
        }
        boolean pending = !jdbc.queryForList("""
                SELECT reorganisation_id FROM reorganisation_people WHERE reorganisation_id = :id AND settled_at IS NULL
                FOR UPDATE""", new MapSqlParameterSource("id", reorganisationId), Long.class).isEmpty();
        if (pending) {
            settle(reorganisationId, actorId, actorName);
        }
        return pending;
    }

    private void settle(long reorganisationId, Long actorId, String actorName) {
        Reorganisations.Decision decision = decisions.find(reorganisationId).orElseThrow();
        Map<Long, List<Long>> successors = new LinkedHashMap<>();
        jdbc.query("""
                SELECT predecessor_id, successor_id FROM unit_succession WHERE reorganisation_id = :id
                ORDER BY predecessor_id, successor_id""", new MapSqlParameterSource("id", reorganisationId),
                (java.sql.ResultSet rs) -> {
                    successors.computeIfAbsent(rs.getLong("predecessor_id"), unit -> new ArrayList<>()).add(rs.getLong("successor_id"));
                });
        List<UnitsReorganised.EndedUnit> ended = decisions.endedBy(reorganisationId).stream()
                .map(unit -> new UnitsReorganised.EndedUnit(unit.unitId(), unit.code(), unit.kind(),
                        successors.getOrDefault(unit.unitId(), List.of())))
                .toList();
        List<Long> toPlace = ended.stream().filter(unit -> unit.successorForPeople() == null)
                .map(UnitsReorganised.EndedUnit::unitId).toList();
        if (!toPlace.isEmpty()) {
            Map<Long, Long> unitOfUser = new LinkedHashMap<>();
            people.membersOf(toPlace).forEach(member -> unitOfUser.put(member.userId(), member.unitId()));
            openItems.addUsersToPlace(reorganisationId, unitOfUser);
        }
        events.publishEvent(new UnitsReorganised(reorganisationId, decision.decisionNumber(), decision.effectiveMonth(),
                actorId, actorName, ended));
        jdbc.update("UPDATE reorganisation_people SET settled_at = :now WHERE reorganisation_id = :id",
                new MapSqlParameterSource("id", reorganisationId).addValue("now", Timestamp.from(clock.instant())));
    }
}
