/**
 * System: security, sessions, locale, clock, outage page, paging and search helpers.
 */
@ApplicationModule(displayName = "System", allowedDependencies = {})
package vn.bhxh.tracker.system;

import org.springframework.modulith.ApplicationModule;
