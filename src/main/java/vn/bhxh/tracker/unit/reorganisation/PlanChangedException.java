package vn.bhxh.tracker.unit.reorganisation;

/** A plan's confirmation came from a preview of an earlier version of the plan: nothing is written. */
class PlanChangedException extends RuntimeException {

    PlanChangedException(long planId) {
        super("plan " + planId + " changed since its preview");
    }
}
