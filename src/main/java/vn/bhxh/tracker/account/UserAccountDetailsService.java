package vn.bhxh.tracker.account;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.bhxh.tracker.system.PlainText;
import vn.bhxh.tracker.unit.UnitDirectory;

/**
 * Signs users in from the {@code user_account} table; a disabled account cannot sign in. A name that
 * no account can have (a control character in it) is not looked up: the sign-in fails as for an
 * unknown name, and PostgreSQL, which refuses NUL, never sees it. The user's unit (its name and level,
 * kept in the session with the user) comes from {@link UnitDirectory}: a second query by id.
 */
@Service
class UserAccountDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;
    private final UnitDirectory units;

    UserAccountDetailsService(UserAccountRepository accounts, UnitDirectory units) {
        this.accounts = accounts;
        this.units = units;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        if (!PlainText.isAcceptable(username, false)) {
            throw new UsernameNotFoundException("no such user");
        }
        return accounts.findByUsernameIgnoreCase(username.strip())
                .map(account -> CurrentUser.of(account, units.refOf(account.getUnitId())
                        .orElseThrow(() -> new IllegalStateException("no unit " + account.getUnitId()))))
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }
}
