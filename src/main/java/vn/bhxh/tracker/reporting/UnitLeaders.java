package vn.bhxh.tracker.reporting;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

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
                .map(leader -> new Choice(leader.id(), leader.fullName(), leader.position().name()))
                .toList();
    }

    /** The full names of these users (leaders, authors), by id, whether they still lead or not; one query. */
    Map<Long, String> namesOf(Collection<Long> userIds) {
        Set<Long> known = userIds.stream().filter(Objects::nonNull).collect(Collectors.toSet());
        return users.fullNamesOf(known);
    }

    /** The full names of the leaders a report's duties name, by user id. */
    Map<Long, String> leaderNamesOf(SelfAssessment report) {
        return namesOf(report.getDutyReports().stream().map(DutyReport::getResponsibleLeaderId).toList());
    }

    /** A leader as a choice: id, name and position (HEAD or DEPUTY). */
    record Choice(Long id, String fullName, String position) {
    }
}
