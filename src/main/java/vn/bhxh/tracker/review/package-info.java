/**
 * Review: the queue, accept or return, accept many, reopen.
 */
@ApplicationModule(displayName = "Review", allowedDependencies = {"account::api", "audit::api", "reporting::api", "system::api", "unit::api"})
package vn.bhxh.tracker.review;

import org.springframework.modulith.ApplicationModule;
