/**
 * Demo: sample reports, the mail catcher and its inbox (demo profile).
 */
@ApplicationModule(displayName = "Demo", allowedDependencies = {"account", "checklist", "reporting", "review", "system"})
package vn.bhxh.tracker.demo;

import org.springframework.modulith.ApplicationModule;
