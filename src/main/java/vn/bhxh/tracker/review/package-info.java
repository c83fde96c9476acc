/**
 * Review: the queue, accept or return, accept many, reopen.
 */
@ApplicationModule(displayName = "Review", allowedDependencies = {"account", "audit", "reporting", "system", "unit"})
package vn.bhxh.tracker.review;

import org.springframework.modulith.ApplicationModule;
