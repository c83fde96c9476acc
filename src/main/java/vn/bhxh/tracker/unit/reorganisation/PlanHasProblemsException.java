package vn.bhxh.tracker.unit.reorganisation;

/** A plan was to be applied with problems (found again inside the applying transaction): nothing is written. */
class PlanHasProblemsException extends RuntimeException {

    private final transient PlanReview review;

    PlanHasProblemsException(PlanReview review) {
        super("the plan has " + review.problems().size() + " problem(s)");
        this.review = review;
    }

    PlanReview review() {
        return review;
    }
}
