package vn.bhxh.tracker.reporting;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.bhxh.tracker.account.CurrentUser;
import vn.bhxh.tracker.system.PageLinks;
import vn.bhxh.tracker.system.PlainTextBinding;
import vn.bhxh.tracker.system.RejectedInputException;
import vn.bhxh.tracker.unit.UnitRef;

/** The report pages: a unit's months, starting a report, reading one, editing and submitting it. */
@Controller
class SelfAssessmentController {

    private final SelfAssessmentService assessments;
    private final SelfAssessments reports;
    private final ReportingPeriods periods;
    private final SelfAssessmentView selfAssessmentView;
    private final ReminderDates reminderDates;

    SelfAssessmentController(SelfAssessmentService assessments, SelfAssessments reports, ReportingPeriods periods,
                             SelfAssessmentView selfAssessmentView, ReminderDates reminderDates) {
        this.reminderDates = reminderDates;
        this.assessments = assessments;
        this.reports = reports;
        this.periods = periods;
        this.selfAssessmentView = selfAssessmentView;
    }

    /** A duty's explanations take several lines; every other text of the form is one line. */
    @InitBinder("form")
    void multiLineFields(WebDataBinder binder) {
        PlainTextBinding.allowLineBreaks(binder, "duties.whatWasDone", "duties.shortfallReason", "duties.remedy");
    }

    /**
     * The unit's months, newest first, each with its report's state and timeliness; below them, the
     * reports of those months of the units the unit continued, to read.
     */
    @GetMapping("/my-unit/reports")
    @PreAuthorize("hasRole('UNIT_LEADER')")
    String myReports(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "0") int page, Model model) {
        Page<ReportingPeriodRef> shown = periods.newestFirst(PageLinks.page(page, 12));
        ReportingPeriodRef current = periods.currentPeriod();
        // the unit's reports of the page's months and of the month now due, in one query
        List<ReportingPeriodRef> read = new ArrayList<>(shown.getContent());
        if (read.stream().noneMatch(period -> period.id().equals(current.id()))) {
            read.add(current);
        }
        Map<Long, SelfAssessment> reports = assessments.ownByPeriod(user, read);
        model.addAttribute("periods", shown);
        model.addAttribute("pageLinks", new PageLinks(shown, ""));
        model.addAttribute("statuses", shown.getContent().stream()
                .map(period -> selfAssessmentView.statusOf(period, reports.get(period.id()))).toList());
        model.addAttribute("reminded", reminderDates.sentTo(user.unitId(),
                shown.getContent().stream().map(ReportingPeriodRef::id).toList()));
        model.addAttribute("currentStatus", selfAssessmentView.statusOf(current, reports.get(current.id())));
        model.addAttribute("predecessors",
                selfAssessmentView.predecessorReports(assessments.predecessorsReports(user, shown.getContent()), user));
        return "reporting/myReports";
    }

    /** The unit's report for a month, or the page to start it; a month without a period is 404. */
    @GetMapping("/my-unit/reports/{month}")
    @PreAuthorize("hasRole('UNIT_LEADER')")
    String monthReport(@AuthenticationPrincipal CurrentUser user, @PathVariable YearMonth month, Model model) {
        ReportingPeriodRef period = periods.get(month);
        return assessments.findOwn(user, month)
                .map(report -> "redirect:/reports/" + report.getId())
                .orElseGet(() -> {
                    model.addAttribute("period", period);
                    return "reporting/start";
                });
    }

    @PostMapping("/my-unit/reports/{month}")
    @PreAuthorize("hasRole('UNIT_LEADER')")
    String start(@AuthenticationPrincipal CurrentUser user, @PathVariable YearMonth month,
                 @RequestParam(defaultValue = "false") boolean fromPrevious) {
        try {
            return "redirect:/reports/" + assessments.start(user, month, fromPrevious) + "/edit";
        } catch (DataIntegrityViolationException startedMeanwhile) {
            // the head and a deputy clicked at the same moment: open the report the other one started
            return "redirect:/my-unit/reports/" + month;
        }
    }

    /**
     * Reading a report: its unit's leaders, the province's director, those of the units that continued
     * it, reviewers and executives; what each reads of it is {@link SelfAssessmentContent}'s rule (a
     * draft's content only for those who read it whole, {@link SelfAssessments#readsWhole}).
     */
    @GetMapping("/reports/{id}")
    @PreAuthorize("isAuthenticated()")
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        selfAssessmentView.addReportPage(model, id, user);
        return "reporting/report";
    }

    @GetMapping("/reports/{id}/edit")
    @PreAuthorize("hasRole('UNIT_LEADER')")
    String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model,
                RedirectAttributes redirect) {
        SelfAssessment report = assessments.getReadable(id, user);
        if (!assessments.canEdit(report, user)) {
            redirect.addFlashAttribute("flashError", "report.flash.notEditable");
            return "redirect:/reports/" + id;
        }
        return showForm(report, SelfAssessmentForm.of(report, reports.checklistOf(report)), user, model);
    }

    /**
     * Saves or submits. The form's texts are checked first ({@code @Valid}: not too long), then the
     * service checks the rest. What the leader typed is never lost: a refusal shows the form again with it;
     * a colleague's save since the form was opened shows it again beside what the colleague saved
     * (409), ready to save over it; a colleague's submission shows it beside what was submitted (409);
     * a form without each duty exactly once is refused whole (400).
     */
    @PostMapping("/reports/{id}/edit")
    @PreAuthorize("hasRole('UNIT_LEADER')")
    String save(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                @Valid @ModelAttribute("form") SelfAssessmentForm form, BindingResult errors,
                @RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect,
                HttpServletResponse response) {
        boolean submitting = "submit".equals(action);
        try {
            if (errors.hasErrors()) {
                // a value that could not be bound (a control character) or a text too long: the form
                // again, nothing saved; a form without each duty once is still refused whole first, as below.
                // Only for a report the leader may change: any other (a predecessor's still in force, say) is 404 as for a save
                reports.findEditable(user, id);
                SelfAssessment report = assessments.getReadable(id, user);
                SelfAssessmentValidator.requireEachDutyOnce(reports.checklistOf(report), form);
                return showForm(report, form, user, model);
            }
            if (submitting) {
                assessments.submit(user, id, form);
            } else {
                assessments.saveDraft(user, id, form);
            }
        } catch (RejectedInputException refused) {
            refused.addTo(errors);
            return showForm(assessments.getReadable(id, user), form, user, model);
        } catch (MalformedSelfAssessmentFormException malformed) {
            SelfAssessment report = assessments.getReadable(id, user);
            form.alignTo(report, reports.checklistOf(report));
            malformed.describeIn(errors);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return showForm(report, form, user, model);
        } catch (ObjectOptimisticLockingFailureException stale) {
            // the typed text stays, now against the colleague's version: saving again replaces it knowingly
            SelfAssessment report = assessments.getReadable(id, user);
            form.alignTo(report, reports.checklistOf(report));
            form.setVersion(report.getVersion());
            selfAssessmentView.addSavedMeanwhile(model, report, form, user);
            response.setStatus(HttpStatus.CONFLICT.value());
            return showForm(report, form, user, model);
        } catch (TransitionNotAllowedException notEditable) {
            SelfAssessment report = assessments.getReadable(id, user);
            LostEdit lost = selfAssessmentView.lostEdit(report, form, user);
            if (!lost.anyDifference()) {
                // e.g. the same submission sent twice: everything typed is in the report already
                redirect.addFlashAttribute("flashSuccess", "report.flash.alreadyAsTyped");
                redirect.addFlashAttribute("flashArgument", lost.by());
                return "redirect:/reports/" + id;
            }
            selfAssessmentView.addTo(model, report, user);
            model.addAttribute("lost", lost);
            response.setStatus(HttpStatus.CONFLICT.value());
            return "reporting/lostEdit";
        }
        redirect.addFlashAttribute("flashSuccess", submitting ? "report.flash.submitted" : "report.flash.saved");
        return submitting ? "redirect:/reports/" + id : "redirect:/reports/" + id + "/edit";
    }

    /**
     * A provincial director's month, the month now due unless another is asked for: every unit whose
     * report of the month they read (their office and every district office under it, and across a
     * reorganisation the offices it continued and the units that came under it later, each with a note).
     */
    @GetMapping("/province/reports")
    @PreAuthorize("hasRole('PROVINCE_DIRECTOR')")
    String province(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) YearMonth month, Model model) {
        ReportingPeriodRef period = periods.getOrCurrent(month);
        SelfAssessmentService.ProvinceMonth province = assessments.provinceMonth(user, period);
        List<UnitRef> units = province.units();
        model.addAttribute("period", period);
        model.addAttribute("units", units);
        model.addAttribute("elsewhere", province.elsewhere());
        model.addAttribute("today", periods.today());
        model.addAttribute("deadlinePassed", period.deadlinePassed());
        model.addAttribute("monthEnded", period.monthEnded());
        Map<Long, SelfAssessmentView.PeriodStatus> statuses = units.stream().collect(Collectors.toMap(UnitRef::id,
                unit -> selfAssessmentView.statusOf(period, province.reportsByUnit().get(unit.id()))));
        model.addAttribute("statuses", statuses);
        model.addAttribute("submitted", statuses.values().stream().filter(SelfAssessmentView.PeriodStatus::submitted).count());
        model.addAttribute("months", periods.recent());
        return "reporting/province";
    }

    private String showForm(SelfAssessment report, SelfAssessmentForm form, CurrentUser user, Model model) {
        selfAssessmentView.addTo(model, report, user);
        model.addAttribute("form", form);
        return "reporting/edit";
    }
}
