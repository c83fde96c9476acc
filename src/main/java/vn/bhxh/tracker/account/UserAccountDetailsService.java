package vn.bhxh.tracker.account;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.bhxh.tracker.system.PlainText;

/**
 * Signs users in from the {@code user_account} table; a disabled account cannot sign in. A name that
 * no account can have (a control character in it) is not looked up: the sign-in fails as for an
 * unknown name, and PostgreSQL, which refuses NUL, never sees it.
 */
@Service
class UserAccountDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;

    UserAccountDetailsService(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        if (!PlainText.isAcceptable(username, false)) {
            throw new UsernameNotFoundException("no such user");
        }
        return accounts.findByUsernameIgnoreCase(username.strip())
                .map(CurrentUser::of)
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }
}
