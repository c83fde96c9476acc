package vn.bhxh.tracker.review;

import vn.bhxh.tracker.account.UserAccount;
import vn.bhxh.tracker.reporting.Submission;

/**
 * What {@link ReviewDecision} held before it kept ids: reporting's and account's entities themselves.
 * {@code ModuleEntitiesTest} and {@code ModularityTest} show that their rules refuse such a class;
 * nothing else uses it.
 */
public class AsReviewDecisionWas {
    Submission submission;
    UserAccount decidedBy;
}
