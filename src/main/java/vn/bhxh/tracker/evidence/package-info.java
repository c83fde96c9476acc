/**
 * Evidence: evidence files, checked and streamed.
 */
@ApplicationModule(displayName = "Evidence", allowedDependencies = {"account::api", "audit::api", "reporting::api", "system::api"})
package vn.bhxh.tracker.evidence;

import org.springframework.modulith.ApplicationModule;
