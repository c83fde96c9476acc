package vn.bhxh.tracker.unit.reorganisation;

import java.time.YearMonth;
import java.util.List;

import org.springframework.modulith.NamedInterface;

/**
 * Published when a reorganisation takes effect for the people of its units, once (see
 * {@link PeopleAtEffectiveMonth}): in the transaction that applies it if its month has begun, else in the
 * one the monthly job settles it in when the month begins; so that what belongs to the units elsewhere can
 * follow them (the account module moves the people of a merged unit to its successor). A listener that
 * fails rolls that transaction back: the plan, or the month's settling, entirely or not at all.
 *
 * @param actorId   the administrator who applied it when it is settled then; null when the monthly job does
 * @param actorName who the audit trail names: that administrator, or the job
 * @param ended     each unit that ends with the decision, with the units that continue it
 */
@NamedInterface(name = "api", propagate = false)
public record UnitsReorganised(Long reorganisationId, String decisionNumber, YearMonth effectiveMonth,
                               Long actorId, String actorName, List<EndedUnit> ended) {

    public UnitsReorganised {
        ended = List.copyOf(ended);
    }

    /**
     * A unit that no longer exists from the effective month: merged into its one successor, split into
     * several, or closed with none.
     */
    @NamedInterface(name = "api", propagate = false)
    public record EndedUnit(Long unitId, String code, ChangeKind kind, List<Long> successorIds) {

        public EndedUnit {
            successorIds = List.copyOf(successorIds);
        }

        /** The one unit its people move to: the unit a merge went into; none for a split or a closure. */
        public Long successorForPeople() {
            return kind == ChangeKind.MERGE && successorIds.size() == 1 ? successorIds.get(0) : null;
        }
    }
}
