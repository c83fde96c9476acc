/**
 * Home: each role's home page.
 */
@ApplicationModule(displayName = "Home", allowedDependencies = {"account", "checklist", "dashboard", "reporting", "unit"})
package vn.bhxh.tracker.home;

import org.springframework.modulith.ApplicationModule;
