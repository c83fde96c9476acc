package vn.bhxh.tracker.reminder;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

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
import vn.bhxh.tracker.reporting.ReportingPeriod;
import vn.bhxh.tracker.reporting.ReportingPeriods;
import vn.bhxh.tracker.reporting.Timeliness;
import vn.bhxh.tracker.system.TrackerProperties;
import vn.bhxh.tracker.unit.UnitDirectory;

/**
 * Vụ TCCB's urging page: for a month (the month now due unless another is chosen), the units that
 * have not submitted yet (with the days left), those missing after the deadline and those late, each
 * group selectable; a preview of the e-mails for a selection (which is also the confirmation step)
 * and sending them.
 */
@Controller
@RequestMapping("/reminders")
@PreAuthorize("hasRole('REVIEWER')")
class ReminderController {

    private final Reminders reminders;
    private final ReminderMailer mailer;
    private final ReportingPeriods periods;
    private final UnitDirectory unitDirectory;
    private final TrackerProperties properties;

    ReminderController(Reminders reminders, ReminderMailer mailer, ReportingPeriods periods, UnitDirectory unitDirectory,
                       TrackerProperties properties) {
        this.reminders = reminders;
        this.mailer = mailer;
        this.periods = periods;
        this.unitDirectory = unitDirectory;
        this.properties = properties;
    }

    @GetMapping
    String list(@RequestParam(required = false) String month, @RequestParam(required = false) Long province,
                Model model, HttpServletResponse response) {
        YearMonth shown = periods.currentMonth();
        if (month != null && !month.isBlank()) {
            YearMonth parsed = parseMonth(month);
            if (parsed == null) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                model.addAttribute("error", "reminder.error.badMonth");
                model.addAttribute("errorArgument", month);
            } else {
                shown = parsed;
            }
        }
        model.addAttribute("month", shown);
        model.addAttribute("province", province);
        model.addAttribute("provinces", unitDirectory.provincesInEffect());
        model.addAttribute("months", periods.recentMonths());
        model.addAttribute("mailConfigured", mailer.isConfigured());
        model.addAttribute("zone", properties.timeZone());
        ReportingPeriod period = periods.find(shown).orElse(null);
        model.addAttribute("period", period);
        if (period == null) {
            model.addAttribute("groups", Map.of());
            model.addAttribute("sent", List.of());
            model.addAttribute("sentByUnit", Map.of());
            return "reminders/list";
        }
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
        return "reminders/list";
    }

    /** The e-mails exactly as they would go; its form sends them (the confirmation step). */
    @PostMapping("/preview")
    String preview(@RequestParam(required = false) String month, @RequestParam(required = false) Long province,
                   @RequestParam(name = "unit", required = false) List<String> unitIds,
                   Model model, RedirectAttributes redirect) {
        YearMonth yearMonth = parseMonth(month);
        if (yearMonth == null) {
            return back(redirect, null, province, new ReminderException("reminder.error.badMonth", month));
        }
        try {
            List<ReminderDraft> drafts = reminders.drafts(yearMonth, parseIds(unitIds));
            model.addAttribute("month", yearMonth);
            model.addAttribute("province", province);
            model.addAttribute("drafts", drafts);
            model.addAttribute("sendable", drafts.stream().anyMatch(ReminderDraft::hasRecipients));
            model.addAttribute("mailConfigured", mailer.isConfigured());
            return "reminders/preview";
        } catch (ReminderException refused) {
            return back(redirect, yearMonth, province, refused);
        }
    }

    @PostMapping("/send")
    String send(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String month,
                @RequestParam(required = false) Long province,
                @RequestParam(name = "unit", required = false) List<String> unitIds, RedirectAttributes redirect) {
        YearMonth yearMonth = parseMonth(month);
        if (yearMonth == null) {
            return back(redirect, null, province, new ReminderException("reminder.error.badMonth", month));
        }
        try {
            List<ReminderDraft> sent = reminders.send(yearMonth, parseIds(unitIds), user);
            redirect.addFlashAttribute("flashSuccess", "reminder.sent");
            redirect.addFlashAttribute("flashArgument", sent.size());
            return list(yearMonth, province);
        } catch (ReminderException refused) {
            return back(redirect, yearMonth, province, refused);
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

    private static YearMonth parseMonth(String month) {
        if (month == null || month.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(month.trim());
        } catch (DateTimeParseException malformed) {
            return null;
        }
    }
}
