/**
 * Dashboard: figures by SQL for a month and a year, dashboards, exports, JSON API.
 */
@ApplicationModule(displayName = "Dashboard", allowedDependencies = {"account", "reporting", "system", "unit"})
package vn.bhxh.tracker.dashboard;

import org.springframework.modulith.ApplicationModule;
