/**
 * Reminder: urging late units by e-mail, the daily job.
 */
@ApplicationModule(displayName = "Reminder", allowedDependencies = {"account::api", "audit::api", "dashboard::api", "reporting::api", "system::api", "unit::api"})
package vn.bhxh.tracker.reminder;

import org.springframework.modulith.ApplicationModule;
