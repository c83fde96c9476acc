package vn.bhxh.tracker.support;

import java.time.Clock;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import vn.bhxh.tracker.account.Position;
import vn.bhxh.tracker.account.Role;
import vn.bhxh.tracker.account.UserAccount;
import vn.bhxh.tracker.account.StoredAccounts;
import vn.bhxh.tracker.unit.UnitDirectory;

/** Users of units that no demo account covers, created once per database, with the demo password. */
@Component
public class TestAccounts {

    /** The monitoring system's account for {@code /actuator/prometheus} (not a person's account). */
    public static final String METRICS_USERNAME = "prometheus";
    public static final String METRICS_PASSWORD = "scrape-secret-for-tests";
    /** The password of the accounts that tests create through the administrator's form. */
    public static final String NEW_USER_PASSWORD = "Matkhau2026";

    private final StoredAccounts accounts;
    private final UnitDirectory units;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    TestAccounts(StoredAccounts accounts, UnitDirectory units, PasswordEncoder passwordEncoder, Clock clock) {
        this.clock = clock;
        this.accounts = accounts;
        this.units = units;
        this.passwordEncoder = passwordEncoder;
    }

    /** A head or deputy of the unit (role UNIT_LEADER), e-mail {@code username@example.invalid}. */
    public Long ensureLeader(String username, String fullName, String unitCode, Position position) {
        return ensure(username, fullName, username + "@example.invalid", unitCode, position, EnumSet.of(Role.UNIT_LEADER));
    }

    /** The director of the province (roles UNIT_LEADER and PROVINCE_DIRECTOR), {@code director.<code>}; answers the username. */
    public String directorOf(String provinceCode) {
        String username = "director." + provinceCode.toLowerCase();
        ensure(username, "Người dùng thử " + provinceCode, username + "@example.invalid", provinceCode, Position.HEAD,
                EnumSet.of(Role.UNIT_LEADER, Role.PROVINCE_DIRECTOR));
        return username;
    }

    /** Any user of the unit; an existing user of that name is left as it is. */
    public Long ensure(String username, String fullName, String email, String unitCode, Position position, Set<Role> roles) {
        return accounts.findByUsernameIgnoreCase(username).map(UserAccount::getId).orElseGet(() ->
                accounts.save(new UserAccount(username, fullName, email, units.refByCode(unitCode).orElseThrow().id(), position,
                        EnumSet.copyOf(roles), passwordEncoder.encode(DemoUsers.PASSWORD), clock.instant())).getId());
    }

    /**
     * The administrator's form for a new deputy of the unit (role UNIT_LEADER), every field valid, as a
     * browser sends it: the e-mail is made of the username's letters, digits, dots and dashes.
     */
    public static Map<String, String> newUserForm(String username, long unitId) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("username", username);
        fields.put("fullName", "Nguyễn Văn Bình");
        fields.put("email", username.replaceAll("[^a-z0-9.-]", "") + "@example.invalid");
        fields.put("unitId", String.valueOf(unitId));
        fields.put("position", "DEPUTY");
        fields.put("roles", "UNIT_LEADER");
        fields.put("password", NEW_USER_PASSWORD);
        fields.put("passwordConfirmation", NEW_USER_PASSWORD);
        return fields;
    }
}
