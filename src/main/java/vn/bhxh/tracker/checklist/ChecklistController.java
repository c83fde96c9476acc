package vn.bhxh.tracker.checklist;

import java.time.Clock;
import java.time.YearMonth;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The directive's checklist as data: every version with its duties, original texts and indicators.
 * Everyone signed in may read it; the administrator reaches it from the admin menu.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class ChecklistController {

    private final ChecklistService checklist;
    private final Clock clock;

    ChecklistController(ChecklistService checklist, Clock clock) {
        this.checklist = checklist;
        this.clock = clock;
    }

    @GetMapping("/checklist")
    String checklist(Model model) {
        model.addAttribute("versions", checklist.allVersions());
        model.addAttribute("inForce", checklist.versionInForce(YearMonth.now(clock)).map(ChecklistVersion::getId).orElse(null));
        return "checklist/checklist";
    }
}
