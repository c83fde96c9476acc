package vn.bhxh.tracker.account;

import java.util.Optional;

import org.springframework.stereotype.Component;

/** The tests' way to stored accounts: the repository is the account module's own. */
@Component
public class StoredAccounts {

    private final UserAccountRepository accounts;

    StoredAccounts(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    public Optional<UserAccount> findByUsernameIgnoreCase(String username) {
        return accounts.findByUsernameIgnoreCase(username);
    }

    public Optional<UserAccount> findById(Long id) {
        return accounts.findById(id);
    }

    public UserAccount save(UserAccount account) {
        return accounts.save(account);
    }
}
