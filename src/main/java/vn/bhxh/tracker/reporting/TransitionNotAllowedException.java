package vn.bhxh.tracker.reporting;

import vn.bhxh.tracker.system.ConflictException;

/** An action the monthly cycle does not allow in the report's current state, e.g. editing an accepted report. */
public class TransitionNotAllowedException extends ConflictException {

    private final SelfAssessmentState state;

    public TransitionNotAllowedException(SelfAssessmentState state) {
        super("not allowed while the self-assessment is " + state);
        this.state = state;
    }

    public SelfAssessmentState getState() {
        return state;
    }
}
