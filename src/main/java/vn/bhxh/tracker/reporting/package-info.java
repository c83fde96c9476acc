/**
 * Reporting: reporting periods, self-assessments, duty reports, submissions.
 */
@ApplicationModule(displayName = "Reporting", allowedDependencies = {"account", "audit", "checklist", "system", "unit"})
package vn.bhxh.tracker.reporting;

import org.springframework.modulith.ApplicationModule;
