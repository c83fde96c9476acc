/**
 * Account: users, roles, sign-in and its throttling, demo accounts, first administrator.
 */
@ApplicationModule(displayName = "Account", allowedDependencies = {"audit::api", "system::api", "unit::api"})
package vn.bhxh.tracker.account;

import org.springframework.modulith.ApplicationModule;
