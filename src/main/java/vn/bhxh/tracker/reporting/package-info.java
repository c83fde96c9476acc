/**
 * Reporting: reporting periods, self-assessments, duty reports, submissions.
 */
@ApplicationModule(displayName = "Reporting", allowedDependencies = {"account::api", "audit::api", "checklist::api", "system::api", "unit::api"})
package vn.bhxh.tracker.reporting;

import org.springframework.modulith.ApplicationModule;
