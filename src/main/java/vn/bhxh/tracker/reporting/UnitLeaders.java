package vn.bhxh.tracker.reporting;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.bhxh.tracker.account.UserAccount;
import vn.bhxh.tracker.account.UserAccountService;

/** The heads and deputies a duty's answerable leader is chosen from, as choices for the form. */
@Component
class UnitLeaders {

    private final UserAccountService users;

    UnitLeaders(UserAccountService users) {
        this.users = users;
    }

    List<Choice> of(Long unitId) {
        return users.leadersOf(unitId).stream()
                .map(leader -> new Choice(leader.getId(), leader.getFullName(), leader.getPosition().name()))
                .toList();
    }

    /** A leader as a choice: id, name and position (HEAD or DEPUTY). */
    record Choice(Long id, String fullName, String position) {
    }
}
