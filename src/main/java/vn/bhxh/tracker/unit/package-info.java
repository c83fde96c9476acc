/**
 * Unit: units, levels, hierarchy, successions.
 */
@ApplicationModule(displayName = "Unit", allowedDependencies = {"system::api"})
package vn.bhxh.tracker.unit;

import org.springframework.modulith.ApplicationModule;
