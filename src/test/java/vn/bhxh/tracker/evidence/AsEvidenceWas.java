package vn.bhxh.tracker.evidence;

import vn.bhxh.tracker.account.UserAccount;
import vn.bhxh.tracker.reporting.DutyReport;

/**
 * What {@link Evidence} held before it kept ids: reporting's and account's entities themselves.
 * {@code ModuleEntitiesTest} and {@code ModularityTest} show that their rules refuse such a class;
 * nothing else uses it.
 */
public class AsEvidenceWas {
    DutyReport dutyReport;
    UserAccount uploadedBy;
}
