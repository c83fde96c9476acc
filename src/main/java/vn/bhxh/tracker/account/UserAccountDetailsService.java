package vn.bhxh.tracker.account;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Signs users in from the {@code user_account} table; a disabled account cannot sign in. */
@Service
class UserAccountDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;

    UserAccountDetailsService(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsernameIgnoreCase(username.strip())
                .map(CurrentUser::of)
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }
}
