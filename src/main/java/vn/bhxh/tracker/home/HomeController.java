package vn.bhxh.tracker.home;

import java.time.Clock;
import java.time.YearMonth;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.bhxh.tracker.account.CurrentUser;
import vn.bhxh.tracker.account.Role;
import vn.bhxh.tracker.checklist.ChecklistService;
import vn.bhxh.tracker.unit.UnitDirectory;

/**
 * Each role's home page. A user with several roles sees the page of the widest one: administrator,
 * then reviewer, executive, provincial director, unit leader.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class HomeController {

    private final UnitDirectory unitDirectory;
    private final ChecklistService checklist;
    private final Clock clock;

    HomeController(UnitDirectory unitDirectory, ChecklistService checklist, Clock clock) {
        this.unitDirectory = unitDirectory;
        this.checklist = checklist;
        this.clock = clock;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal CurrentUser user, Model model) {
        YearMonth month = YearMonth.now(clock);
        model.addAttribute("month", month);
        if (user.hasRole(Role.ADMIN)) {
            model.addAttribute("unitCounts", unitDirectory.countsByLevel());
            return "home/admin";
        }
        if (user.hasRole(Role.REVIEWER) || user.hasRole(Role.EXECUTIVE)) {
            model.addAttribute("unitCounts", unitDirectory.countsByLevel());
            model.addAttribute("checklist", checklist.versionInForce(month).orElse(null));
            return user.hasRole(Role.REVIEWER) ? "home/reviewer" : "home/executive";
        }
        model.addAttribute("checklist", checklist.versionInForce(month).orElse(null));
        if (user.hasRole(Role.PROVINCE_DIRECTOR)) {
            model.addAttribute("districts", unitDirectory.districtsOf(user.unitId()));
            return "home/provinceDirector";
        }
        return "home/unitLeader";
    }
}
