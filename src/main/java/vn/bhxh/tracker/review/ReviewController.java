package vn.bhxh.tracker.review;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import vn.bhxh.tracker.account.CurrentUser;
import vn.bhxh.tracker.reporting.SelfAssessmentState;
import vn.bhxh.tracker.reporting.SelfAssessmentView;
import vn.bhxh.tracker.reporting.ReportingPeriod;
import vn.bhxh.tracker.reporting.ReportingPeriods;
import vn.bhxh.tracker.reporting.SelfAssessment;
import vn.bhxh.tracker.reporting.SelfAssessmentService;
import vn.bhxh.tracker.reporting.SelfAssessments;
import vn.bhxh.tracker.reporting.TransitionNotAllowedException;
import vn.bhxh.tracker.system.MessageKeyValidator;
import vn.bhxh.tracker.system.PageLinks;
import vn.bhxh.tracker.system.PlainTextBinding;
import vn.bhxh.tracker.system.RejectedInputException;
import vn.bhxh.tracker.system.TrackerProperties;
import vn.bhxh.tracker.unit.UnitDirectory;
import vn.bhxh.tracker.unit.UnitLevel;

/** Vụ TCCB's review queue and decision page. */
@Controller
@RequestMapping("/review")
@PreAuthorize("hasRole('REVIEWER')")
class ReviewController {

    private final SelfAssessments assessments;
    private final SelfAssessmentService assessmentService;
    private final ReviewService reviews;
    private final ReportingPeriods periods;
    private final SelfAssessmentView selfAssessmentView;
    private final UnitDirectory unitDirectory;
    private final TrackerProperties properties;
    private final MessageKeyValidator messageKeys;
    private final ReviewFormValidator reviewFormValidator;

    ReviewController(SelfAssessments assessments, SelfAssessmentService assessmentService,
                     ReviewService reviews, ReportingPeriods periods, SelfAssessmentView selfAssessmentView, UnitDirectory unitDirectory,
                     TrackerProperties properties, MessageKeyValidator messageKeys, ReviewFormValidator reviewFormValidator) {
        this.messageKeys = messageKeys;
        this.reviewFormValidator = reviewFormValidator;
        this.properties = properties;
        this.assessments = assessments;
        this.assessmentService = assessmentService;
        this.reviews = reviews;
        this.periods = periods;
        this.selfAssessmentView = selfAssessmentView;
        this.unitDirectory = unitDirectory;
    }

    /**
     * A decision's note and comments take several lines; their lengths are checked by Bean Validation
     * as message keys ({@link MessageKeyValidator}), then the rule across fields ({@link ReviewFormValidator}).
     */
    @InitBinder("review")
    void reviewForm(WebDataBinder binder) {
        PlainTextBinding.allowLineBreaks(binder, "note", "comments");
        messageKeys.applyTo(binder, reviewFormValidator);
    }

    /** A reason to reopen takes several lines; it is required and not too long (Bean Validation, as message keys). */
    @InitBinder("reopen")
    void reopenForm(WebDataBinder binder) {
        PlainTextBinding.allowLineBreaks(binder, "reason");
        messageKeys.applyTo(binder);
    }

    /**
     * Reports to review, submitted ones by default, the longest-waiting first: of the month now due
     * when no month is asked for (the menu's link), of every month for an empty one (the select's
     * "every month"), else of the month asked for, which must have a period (404).
     */
    @GetMapping
    String queue(@RequestParam(required = false) YearMonth month,
                 @RequestParam(required = false) String state,
                 @RequestParam(required = false) UnitLevel level,
                 @RequestParam(required = false) Long province,
                 @RequestParam(defaultValue = "0") int page, Model model, HttpServletRequest request) {
        // submitted reports by default; "ANY" lists every state
        SelfAssessmentState shownState = parseState(state);
        boolean everyMonth = month == null && request.getParameter("month") != null;
        ReportingPeriod period = everyMonth ? null : periods.getOrCurrent(month);
        String shownMonth = period == null ? "" : period.getMonth().toString();
        long periodId = period == null ? 0 : period.getId();
        long provinceId = province == null ? 0 : province;
        Page<SelfAssessment> queue = assessments.queue(periodId, shownState, level,
                provinceId, PageLinks.page(page, PageLinks.PAGE_SIZE));
        if (periodId != 0 && shownState == SelfAssessmentState.SUBMITTED) {
            // what waits in other months, so that a month's queue hides nothing without saying so
            model.addAttribute("waitingInOtherMonths", assessments.queue(0, shownState, level, provinceId,
                    PageLinks.page(0, 1)).getTotalElements() - queue.getTotalElements());
        }
        String filters = UriComponentsBuilder.newInstance()
                .queryParam("month", shownMonth)
                .queryParamIfPresent("state", Optional.ofNullable(state).filter(st -> !st.isBlank()))
                .queryParamIfPresent("level", Optional.ofNullable(level))
                .queryParamIfPresent("province", Optional.ofNullable(province))
                .encode().build().getQuery();
        model.addAttribute("queue", queue);
        model.addAttribute("pageLinks", new PageLinks(queue, filters));
        model.addAttribute("timeliness", queue.getContent().stream()
                .collect(Collectors.toMap(SelfAssessment::getId, selfAssessmentView::timelinessOf)));
        model.addAttribute("zone", properties.timeZone());
        model.addAttribute("month", shownMonth);
        model.addAttribute("state", shownState);
        model.addAttribute("anyState", shownState == null);
        model.addAttribute("level", level);
        model.addAttribute("province", province);
        model.addAttribute("months", periods.recentMonths());
        model.addAttribute("states", SelfAssessmentState.values());
        model.addAttribute("levels", UnitLevel.values());
        model.addAttribute("provinces", unitDirectory.provincesInEffect());
        return "review/queue";
    }

    @GetMapping("/{id}")
    String decide(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        SelfAssessment report = assessmentService.getReadable(id, user);
        if (report.getState() != SelfAssessmentState.SUBMITTED) {
            // only a submitted report waits for a decision; any other is simply read
            return "redirect:/reports/" + id;
        }
        ReviewForm form = new ReviewForm();
        form.setVersion(report.getVersion());
        return showDecision(report, form, user, model);
    }

    @PostMapping("/{id}")
    String decide(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                  @Valid @ModelAttribute("review") ReviewForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        ReviewOutcome outcome = form.outcome().orElseThrow(() ->
                new ResponseStatusException(HttpStatus.BAD_REQUEST, "no such decision: " + form.getDecision()));
        if (errors.hasErrors()) {
            // a value that could not be bound (a control character) or that its constraints refuse: the page again, nothing decided
            return showDecision(assessmentService.getReadable(id, user), form, user, model);
        }
        try {
            if (outcome == ReviewOutcome.ACCEPT) {
                reviews.accept(user, id, form);
            } else {
                reviews.returnForRevision(user, id, form);
            }
        } catch (RejectedInputException refused) {
            refused.addTo(errors);
            return showDecision(assessmentService.getReadable(id, user), form, user, model);
        } catch (ObjectOptimisticLockingFailureException | TransitionNotAllowedException changed) {
            redirect.addFlashAttribute("flashError", "review.flash.changedMeanwhile");
            return "redirect:/reports/" + id;
        }
        redirect.addFlashAttribute("flashSuccess", outcome == ReviewOutcome.ACCEPT ? "review.flash.accepted" : "review.flash.returned");
        return "redirect:/review";
    }

    /** Each selected report comes as "id:version", the version the reviewer saw in the queue. */
    @PostMapping("/accept-many")
    String acceptMany(@AuthenticationPrincipal CurrentUser user, @RequestParam(name = "ids", required = false) List<String> ids,
                      RedirectAttributes redirect) {
        // what is not "id:version" was not sent by the queue's check boxes, and is left out
        List<SeenVersion> seen = (ids == null ? List.<String>of() : ids).stream()
                .flatMap(idAndVersion -> SeenVersion.parse(idAndVersion).stream()).distinct().toList();
        if (seen.isEmpty()) {
            redirect.addFlashAttribute("flashError", "review.flash.noneSelected");
            return "redirect:/review";
        }
        ReviewService.BulkResult result = reviews.acceptMany(user, seen);
        redirect.addFlashAttribute("flashSuccess", result.skipped() == 0 ? "review.flash.acceptedMany" : "review.flash.acceptedSomeSkipped");
        redirect.addFlashAttribute("flashArgument", result.accepted());
        redirect.addFlashAttribute("flashSecondArgument", result.skipped());
        return "redirect:/review";
    }

    @PostMapping("/{id}/reopen")
    String reopen(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                  @Valid @ModelAttribute("reopen") ReopenForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        FieldError refused = errors.getFieldError("reason");
        if (refused != null && refused.isBindingFailure()) {
            // a character the reason may not hold: the report again, with the reason as typed and why
            SelfAssessment report = assessmentService.getReadable(id, user);
            selfAssessmentView.addTo(model, report, user);
            model.addAttribute("canEdit", assessmentService.canEdit(report, user));
            model.addAttribute("reopenReason", errors.getFieldValue("reason"));
            model.addAttribute("reopenRefusal", refused);
            return "reporting/report";
        }
        if (errors.hasFieldErrors("version")) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "unreadable version");
        }
        if (refused != null) {
            // no reason, or one too long: the report again, with the message above it and the reason kept for the form
            redirect.addFlashAttribute("flashError", refused.getCode());
            Object[] arguments = refused.getArguments();
            if (arguments != null && arguments.length > 0) {
                redirect.addFlashAttribute("flashArgument", arguments[0]);
            }
            redirect.addFlashAttribute("reopenReason", form.getReason());
            return "redirect:/reports/" + id;
        }
        try {
            reviews.reopen(user, id, form);
        } catch (ObjectOptimisticLockingFailureException | TransitionNotAllowedException changed) {
            redirect.addFlashAttribute("flashError", "review.flash.changedMeanwhile");
            return "redirect:/reports/" + id;
        }
        redirect.addFlashAttribute("flashSuccess", "review.flash.reopened");
        return "redirect:/reports/" + id;
    }

    private String showDecision(SelfAssessment report, ReviewForm form, CurrentUser user, Model model) {
        selfAssessmentView.addTo(model, report, user);
        model.addAttribute("changes", assessments.changesSincePreviousSubmission(report.getId()));
        model.addAttribute("review", form);
        return "review/decide";
    }

    private static SelfAssessmentState parseState(String state) {
        if (state == null || state.isBlank()) {
            return SelfAssessmentState.SUBMITTED;
        }
        try {
            return SelfAssessmentState.valueOf(state);
        } catch (IllegalArgumentException anyOrUnknown) {
            return null;
        }
    }
}
