package vn.bhxh.tracker.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

import vn.bhxh.tracker.unit.UnitDirectory;
import vn.bhxh.tracker.unit.UnitLevel;
import vn.bhxh.tracker.unit.UnitRef;

/** Outside the demo profile there is no default password: the first administrator comes from the environment. */
class FirstAdministratorTest {

    private final UserAccountRepository accounts = mock(UserAccountRepository.class);
    private final UnitDirectory units = mock(UnitDirectory.class);
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-25T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

    @Test
    void withoutAnAdministratorOrItsVariablesTheApplicationRefusesToStartAndNamesThem() {
        FirstAdministrator bootstrap = bootstrap(new FirstAdministrator.Settings(null, "", null, null));
        assertThatThrownBy(() -> bootstrap.run(null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("TRACKER_ADMIN_USERNAME")
                .hasMessageContaining("TRACKER_ADMIN_EMAIL")
                .hasMessageContaining("TRACKER_ADMIN_PASSWORD");
    }

    @Test
    void aWeakAdministratorPasswordIsRefused() {
        FirstAdministrator bootstrap = bootstrap(new FirstAdministrator.Settings("root", "root@example.invalid", "123", null));
        assertThatThrownBy(() -> bootstrap.run(null)).hasMessageContaining("TRACKER_ADMIN_PASSWORD");
    }

    @Test
    void theFirstAdministratorIsCreatedFromTheVariablesWithAHashedPassword() {
        when(units.refByCode("VN")).thenReturn(Optional.of(new UnitRef(1L, "VN", "Bảo hiểm xã hội Việt Nam", UnitLevel.AGENCY)));
        bootstrap(new FirstAdministrator.Settings("Quantri", "quantri@example.invalid", "Bat-dau-2026", null)).run(null);

        ArgumentCaptor<UserAccount> saved = ArgumentCaptor.forClass(UserAccount.class);
        verify(accounts).save(saved.capture());
        assertThat(saved.getValue().getUsername()).isEqualTo("quantri");
        assertThat(saved.getValue().getRoles()).containsExactly(Role.ADMIN);
        assertThat(saved.getValue().getPasswordHash()).doesNotContain("Bat-dau-2026");
    }

    @Test
    void aDemoAccountThatStillHasTheDemoPasswordStopsAStartOutsideTheDemoProfile() {
        UserAccount demoAdmin = new UserAccount("admin", "Quản trị", "admin@demo.invalid", null, null,
                java.util.EnumSet.of(Role.ADMIN),
                PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(DemoAccounts.PASSWORD), clock.instant());
        when(accounts.findByUsernameIgnoreCase("admin")).thenReturn(Optional.of(demoAdmin));
        when(accounts.existsEnabledWithRole(Role.ADMIN)).thenReturn(true);
        assertThatThrownBy(() -> bootstrap(new FirstAdministrator.Settings(null, null, null, null)).run(null))
                .hasMessageContaining("demo password");
    }

    @Test
    void nothingHappensWhenAnEnabledAdministratorExists() {
        when(accounts.existsEnabledWithRole(Role.ADMIN)).thenReturn(true);
        bootstrap(new FirstAdministrator.Settings(null, null, null, null)).run(null);
        verify(accounts, never()).save(any());
    }

    private FirstAdministrator bootstrap(FirstAdministrator.Settings settings) {
        return new FirstAdministrator(accounts, units, PasswordEncoderFactories.createDelegatingPasswordEncoder(),
                clock, settings);
    }
}
