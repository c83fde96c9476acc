/**
 * Unit: units, levels, hierarchy, successions; reorganisations and the plans that apply them.
 */
@ApplicationModule(displayName = "Unit", allowedDependencies = {"audit::api", "system::api"})
package vn.bhxh.tracker.unit;

import org.springframework.modulith.ApplicationModule;
