/**
 * Reminder: urging late units by e-mail, the daily job.
 */
@ApplicationModule(displayName = "Reminder", allowedDependencies = {"account", "audit", "dashboard", "reporting", "system", "unit"})
package vn.bhxh.tracker.reminder;

import org.springframework.modulith.ApplicationModule;
