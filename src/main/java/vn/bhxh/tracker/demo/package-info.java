/**
 * Demo: the sample reorganisation of Hà Nội's district offices, sample reports of past months, the mail
 * catcher and its inbox (demo profile).
 */
@ApplicationModule(displayName = "Demo", allowedDependencies = {"account::api", "checklist::api", "reporting::api", "review::api", "system::api", "unit::api"})
package vn.bhxh.tracker.demo;

import org.springframework.modulith.ApplicationModule;
