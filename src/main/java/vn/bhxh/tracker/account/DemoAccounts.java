package vn.bhxh.tracker.account;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.bhxh.tracker.unit.UnitDirectory;

/**
 * The demo profile's accounts, all with the password {@value #PASSWORD}. Created once; a second
 * start finds them and leaves them as they are.
 */
@Component
@Profile("demo")
@Order(1)
class DemoAccounts implements ApplicationRunner {

    static final String PASSWORD = "Demo@2165";

    record DemoAccount(String username, String fullName, String unitCode, Position position, EnumSet<Role> roles) {
    }

    static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("admin", "Quản trị hệ thống", "VN", null, EnumSet.of(Role.ADMIN)),
            new DemoAccount("tccb", "Nguyễn Thị Thu Hà", "TW-TCCB", null, EnumSet.of(Role.REVIEWER)),
            new DemoAccount("tgd", "Trần Văn Minh", "VN", Position.HEAD, EnumSet.of(Role.EXECUTIVE)),
            new DemoAccount("hanoi", "Lê Văn Hùng", "T01", Position.HEAD,
                    EnumSet.of(Role.PROVINCE_DIRECTOR, Role.UNIT_LEADER)),
            new DemoAccount("badinh", "Phạm Thị Lan", "H001", Position.HEAD, EnumSet.of(Role.UNIT_LEADER)),
            new DemoAccount("badinh.pho", "Đỗ Quang Vinh", "H001", Position.DEPUTY, EnumSet.of(Role.UNIT_LEADER)),
            // heads of other district offices of Hà Nội, whose sample reports fill the queue and the province page;
            // the demo's sample plan makes these five offices BHXH cơ sở from 07/2025, keeping their codes
            new DemoAccount("hoankiem", "Nguyễn Đức Thắng", "H002", Position.HEAD, EnumSet.of(Role.UNIT_LEADER)),
            new DemoAccount("dongda", "Bùi Thị Hương", "H006", Position.HEAD, EnumSet.of(Role.UNIT_LEADER)),
            new DemoAccount("haibatrung", "Hoàng Văn Nam", "H007", Position.HEAD, EnumSet.of(Role.UNIT_LEADER)),
            new DemoAccount("hoangmai", "Đặng Thu Trang", "H008", Position.HEAD, EnumSet.of(Role.UNIT_LEADER)));

    private final UserAccountRepository accounts;
    private final UnitDirectory units;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    DemoAccounts(UserAccountRepository accounts, UnitDirectory units, PasswordEncoder passwordEncoder, Clock clock) {
        this.accounts = accounts;
        this.units = units;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        for (DemoAccount demo : ACCOUNTS) {
            if (accounts.existsByUsernameIgnoreCase(demo.username())) {
                continue;
            }
            accounts.save(new UserAccount(demo.username(), demo.fullName(), demo.username() + "@demo.invalid",
                    units.refByCode(demo.unitCode()).orElseThrow().id(), demo.position(), demo.roles(),
                    passwordEncoder.encode(PASSWORD), clock.instant()));
        }
    }
}
