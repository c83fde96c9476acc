/**
 * Demo: sample reports, the mail catcher and its inbox (demo profile).
 */
@ApplicationModule(displayName = "Demo", allowedDependencies = {"account::api", "checklist::api", "reporting::api", "review::api", "system::api"})
package vn.bhxh.tracker.demo;

import org.springframework.modulith.ApplicationModule;
