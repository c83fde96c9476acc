package vn.bhxh.tracker.account;

import org.springframework.modulith.NamedInterface;

/** A unit's head or deputy as another module refers to them, without the account's entity. */
@NamedInterface(name = "api", propagate = false)
public record LeaderRef(Long id, String fullName, Position position) {

    static LeaderRef of(UserAccount account) {
        return new LeaderRef(account.getId(), account.getFullName(), account.getPosition());
    }
}
