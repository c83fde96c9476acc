/**
 * Dashboard: figures by SQL for a month and a year, dashboards, exports, JSON API.
 */
@ApplicationModule(displayName = "Dashboard", allowedDependencies = {"account::api", "reporting::api", "system::api", "unit::api"})
package vn.bhxh.tracker.dashboard;

import org.springframework.modulith.ApplicationModule;
