/**
 * Home: each role's home page, and the administrator's list of what the reorganisations left unassigned.
 */
@ApplicationModule(displayName = "Home", allowedDependencies = {"account::api", "checklist::api", "dashboard::api", "reporting::api", "system::api", "unit::api"})
package vn.bhxh.tracker.home;

import org.springframework.modulith.ApplicationModule;
