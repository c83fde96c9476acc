package vn.bhxh.tracker.reporting;

import org.springframework.modulith.NamedInterface;

/**
 * A duty report as another module refers to it, without its entity: its id, and its duty's id and
 * code (2a…2g). The evidence module files its files under the id.
 */
@NamedInterface(name = "api", propagate = false)
public record DutyReportRef(Long id, Long dutyId, String dutyCode) {
}
