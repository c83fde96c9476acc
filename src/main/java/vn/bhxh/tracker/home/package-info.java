/**
 * Home: each role's home page.
 */
@ApplicationModule(displayName = "Home", allowedDependencies = {"account::api", "checklist::api", "dashboard::api", "reporting::api", "unit::api"})
package vn.bhxh.tracker.home;

import org.springframework.modulith.ApplicationModule;
