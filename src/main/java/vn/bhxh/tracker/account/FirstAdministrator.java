package vn.bhxh.tracker.account;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Profile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.bhxh.tracker.unit.UnitDirectory;

/**
 * Outside the demo profile there is no default password: when no enabled administrator exists,
 * the first one is created from {@code TRACKER_ADMIN_*} environment variables, and without them the
 * application refuses to start and says which ones to set.
 */
@Component
@Profile("!demo")
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final UserAccountRepository accounts;
    private final UnitDirectory units;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final Settings settings;

    FirstAdministrator(UserAccountRepository accounts, UnitDirectory units, PasswordEncoder passwordEncoder,
                       Clock clock, Settings settings) {
        this.accounts = accounts;
        this.units = units;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.settings = settings;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        refuseDemoPasswords();
        if (accounts.existsEnabledWithRole(Role.ADMIN)) {
            return;
        }
        List<String> missing = new ArrayList<>();
        if (isBlank(settings.username())) {
            missing.add("TRACKER_ADMIN_USERNAME");
        }
        if (isBlank(settings.email())) {
            missing.add("TRACKER_ADMIN_EMAIL");
        }
        if (isBlank(settings.password())) {
            missing.add("TRACKER_ADMIN_PASSWORD");
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("No enabled administrator exists. Set " + String.join(", ", missing)
                    + " (and optionally TRACKER_ADMIN_FULL_NAME) to create the first one, or start with the"
                    + " 'demo' profile for a demonstration.");
        }
        if (!PasswordPolicy.isAcceptable(settings.password())) {
            throw new IllegalStateException("TRACKER_ADMIN_PASSWORD must have " + PasswordPolicy.MIN_LENGTH + " to "
                    + PasswordPolicy.MAX_LENGTH + " characters with letters and digits.");
        }
        if (!settings.username().strip().toLowerCase(Locale.ROOT).matches(UserForm.USERNAME_PATTERN)) {
            throw new IllegalStateException("TRACKER_ADMIN_USERNAME must have 3 to 64 lower-case letters, digits,"
                    + " dots, underscores or hyphens.");
        }
        if (accounts.existsByEmailIgnoreCase(settings.email().strip())) {
            throw new IllegalStateException("TRACKER_ADMIN_EMAIL belongs to another account; choose another.");
        }
        if (accounts.existsByUsernameIgnoreCase(settings.username())) {
            throw new IllegalStateException("User '" + settings.username() + "' exists but is not an enabled"
                    + " administrator; choose another TRACKER_ADMIN_USERNAME.");
        }
        Long agency = units.refByCode("VN").orElseThrow().id();
        String fullName = isBlank(settings.fullName()) ? "Quản trị hệ thống" : settings.fullName().strip();
        accounts.save(new UserAccount(settings.username().strip().toLowerCase(Locale.ROOT), fullName,
                settings.email().strip(), agency, null, EnumSet.of(Role.ADMIN),
                passwordEncoder.encode(settings.password()), clock.instant()));
        log.info("Created the first administrator '{}'", settings.username().strip().toLowerCase(Locale.ROOT));
    }

    /**
     * A database once used with the demo profile still has accounts whose password is printed in the
     * README: outside the demo profile the application will not serve them.
     */
    private void refuseDemoPasswords() {
        for (DemoAccounts.DemoAccount demo : DemoAccounts.ACCOUNTS) {
            accounts.findByUsernameIgnoreCase(demo.username())
                    .filter(UserAccount::isEnabled)
                    .filter(account -> passwordEncoder.matches(DemoAccounts.PASSWORD, account.getPasswordHash()))
                    .ifPresent(account -> {
                        throw new IllegalStateException("Demo account '" + account.getUsername() + "' still has the"
                                + " demo password: this database was used with the 'demo' profile. Change that"
                                + " password or disable the account (under the demo profile) before starting"
                                + " without it.");
                    });
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /** {@code tracker.admin.*}, i.e. {@code TRACKER_ADMIN_USERNAME} and so on in the environment. */
    @ConfigurationProperties("tracker.admin")
    record Settings(String username, String email, String password, String fullName) {
    }
}
