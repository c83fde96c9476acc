/**
 * Evidence: evidence files, checked and streamed.
 */
@ApplicationModule(displayName = "Evidence", allowedDependencies = {"account", "audit", "reporting", "system"})
package vn.bhxh.tracker.evidence;

import org.springframework.modulith.ApplicationModule;
