package vn.bhxh.tracker.account;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

import vn.bhxh.tracker.unit.UnitDirectory;

/** A user name that no account can have is refused as unknown without a query: PostgreSQL refuses NUL outright. */
class UserAccountDetailsServiceTest {

    @ParameterizedTest(name = "{index}: not looked up")
    @ValueSource(strings = {"badinh\u0000", "\u0001admin", "tccb\n", "ha\u007Fnoi"})
    void aUserNameWithAControlCharacterIsUnknownWithoutAskingTheDatabase(String username) {
        UserAccountRepository accounts = mock(UserAccountRepository.class);
        UnitDirectory units = mock(UnitDirectory.class);
        assertThatThrownBy(() -> new UserAccountDetailsService(accounts, units).loadUserByUsername(username))
                .isInstanceOf(UsernameNotFoundException.class);
        verifyNoInteractions(accounts, units);
    }
}
