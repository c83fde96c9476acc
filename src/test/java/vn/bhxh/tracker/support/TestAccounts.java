package vn.bhxh.tracker.support;

import java.time.Instant;
import java.util.EnumSet;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import vn.bhxh.tracker.account.Position;
import vn.bhxh.tracker.account.Role;
import vn.bhxh.tracker.account.UserAccount;
import vn.bhxh.tracker.account.UserAccountRepository;
import vn.bhxh.tracker.unit.UnitRepository;

/** Leaders of units that no demo account covers, created once per database, with the demo password. */
@Component
public class TestAccounts {

    private final UserAccountRepository accounts;
    private final UnitRepository units;
    private final PasswordEncoder passwordEncoder;

    TestAccounts(UserAccountRepository accounts, UnitRepository units, PasswordEncoder passwordEncoder) {
        this.accounts = accounts;
        this.units = units;
        this.passwordEncoder = passwordEncoder;
    }

    public Long ensureLeader(String username, String fullName, String unitCode, Position position) {
        return accounts.findByUsernameIgnoreCase(username).map(UserAccount::getId).orElseGet(() ->
                accounts.save(new UserAccount(username, fullName, username + "@example.invalid",
                        units.findByCode(unitCode).orElseThrow(), position, EnumSet.of(Role.UNIT_LEADER),
                        passwordEncoder.encode(DemoUsers.PASSWORD), Instant.now())).getId());
    }
}
