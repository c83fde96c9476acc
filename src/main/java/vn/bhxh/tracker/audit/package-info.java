/**
 * Audit: the append-only audit trail.
 */
@ApplicationModule(displayName = "Audit", allowedDependencies = {"system::api"})
package vn.bhxh.tracker.audit;

import org.springframework.modulith.ApplicationModule;
