package vn.bhxh.tracker.reminder;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import vn.bhxh.tracker.account.CurrentUser;
import vn.bhxh.tracker.dashboard.DashboardScope;
import vn.bhxh.tracker.dashboard.UnitStatus;
import vn.bhxh.tracker.reporting.ReportingPeriodRef;
import vn.bhxh.tracker.reporting.ReportingPeriods;
import vn.bhxh.tracker.reporting.Timeliness;
import vn.bhxh.tracker.system.TrackerProperties;
import vn.bhxh.tracker.unit.UnitDirectory;

/**
 * Ban TCCB's urging page: for a month (the month now due unless another is chosen), the units that
 * have not submitted yet (with the days left), those missing after the deadline and those late, each
 * group selectable; a preview of the e-mails for a selection (which is also the confirmation step)
 * and sending them. Preview and sending need the month their form names; every page answers 404 for a
 * month without a reporting period, and the 400 page for one that cannot be read.
 */
@Controller
@RequestMapping("/reminders")
@PreAuthorize("hasRole('REVIEWER')")
class ReminderController {

    private final Reminders reminders;
    private final ReminderMailer mailer;
    private final ReportingPeriods periods;
    private final UnitDirectory units;
    private final TrackerProperties properties;

    ReminderController(Reminders reminders, ReminderMailer mailer, ReportingPeriods periods, UnitDirectory units,
                       TrackerProperties properties) {
        this.reminders = reminders;
        this.mailer = mailer;
        this.periods = periods;
        this.units = units;
        this.properties = properties;
    }

    @GetMapping
    String list(@RequestParam(required = false) YearMonth month, @RequestParam(required = false) Long province,
                Model model) {
        ReportingPeriodRef period = periods.getOrCurrent(month);
        YearMonth shown = period.month();
        model.addAttribute("month", shown);
        model.addAttribute("province", province);
        model.addAttribute("provinces", units.provincesInEffect(shown));
        model.addAttribute("months", periods.recentMonths());
        model.addAttribute("mailConfigured", mailer.isConfigured());
        model.addAttribute("zone", properties.timeZone());
        model.addAttribute("period", period);
        List<SentReminder> sent = reminders.sentIn(shown);
        Map<Long, List<SentReminder>> sentByUnit = new HashMap<>();
        sent.forEach(reminder -> sentByUnit.computeIfAbsent(reminder.unitId(), id -> new ArrayList<>()).add(reminder));
        List<UnitStatus> toUrge = reminders.toUrge(shown, new DashboardScope(province));
        Map<Timeliness, List<UnitStatus>> groups = new LinkedHashMap<>();
        for (Timeliness urged : Reminders.CASES) {
            List<UnitStatus> group = toUrge.stream().filter(unit -> unit.timeliness() == urged).toList();
            if (!group.isEmpty()) {
                groups.put(urged, group);
            }
        }
        model.addAttribute("groups", groups);
        model.addAttribute("daysLeft", period.daysLeft(periods.today()));
        model.addAttribute("sent", sent);
        model.addAttribute("sentByUnit", sentByUnit);
        return "reminder/list";
    }

    /**
     * The e-mails exactly as they would go; its form sends them (the confirmation step). A month
     * without a reporting period is 404 ({@link Reminders#drafts}).
     */
    @PostMapping("/preview")
    String preview(@RequestParam YearMonth month, @RequestParam(required = false) Long province,
                   @RequestParam(name = "unit", required = false) List<String> unitIds,
                   Model model, RedirectAttributes redirect) {
        try {
            List<ReminderDraft> drafts = reminders.drafts(month, parseIds(unitIds));
            model.addAttribute("month", month);
            model.addAttribute("province", province);
            model.addAttribute("drafts", drafts);
            model.addAttribute("sendable", drafts.stream().anyMatch(ReminderDraft::hasRecipients));
            model.addAttribute("mailConfigured", mailer.isConfigured());
            return "reminder/preview";
        } catch (ReminderException refused) {
            return back(redirect, month, province, refused);
        }
    }

    @PostMapping("/send")
    String send(@AuthenticationPrincipal CurrentUser user, @RequestParam YearMonth month,
                @RequestParam(required = false) Long province,
                @RequestParam(name = "unit", required = false) List<String> unitIds, RedirectAttributes redirect) {
        try {
            List<ReminderDraft> sent = reminders.send(month, parseIds(unitIds), user);
            redirect.addFlashAttribute("flashSuccess", "reminder.sent");
            redirect.addFlashAttribute("flashArgument", sent.size());
            return list(month, province);
        } catch (ReminderException refused) {
            return back(redirect, month, province, refused);
        }
    }

    /** Back to the list the reviewer came from (month and province kept), with the refusal's message. */
    private static String back(RedirectAttributes redirect, YearMonth month, Long province, ReminderException refused) {
        redirect.addFlashAttribute("flashError", refused.getMessageKey());
        redirect.addFlashAttribute("flashArgument", refused.getArgument());
        return list(month, province);
    }

    private static String list(YearMonth month, Long province) {
        return "redirect:" + UriComponentsBuilder.fromPath("/reminders")
                .queryParamIfPresent("month", Optional.ofNullable(month))
                .queryParamIfPresent("province", Optional.ofNullable(province))
                .build().toUriString();
    }

    private static List<Long> parseIds(List<String> values) {
        List<Long> ids = new ArrayList<>();
        if (values == null) {
            return ids;
        }
        for (String value : values) {
            try {
                ids.add(Long.valueOf(value.trim()));
            } catch (NumberFormatException notAnId) {
                throw new ReminderException("reminder.error.unknownUnit", value);
            }
        }
        return ids;
    }
}
