/**
 * Checklist: the directive, checklist versions, duties, indicators.
 */
@ApplicationModule(displayName = "Checklist", allowedDependencies = {})
package vn.bhxh.tracker.checklist;

import org.springframework.modulith.ApplicationModule;
