package vn.bhxh.tracker.review;

import java.time.YearMonth;
import java.util.List;

import jakarta.validation.Valid;

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

import vn.bhxh.tracker.account.CurrentUser;
import vn.bhxh.tracker.reporting.TransitionNotAllowedException;
import vn.bhxh.tracker.system.PlainTextBinding;
import vn.bhxh.tracker.system.RejectedInputException;
import vn.bhxh.tracker.unit.UnitLevel;

/**
 * Ban TCCB's review queue and decision page: binds and validates what the reviewer sends, calls
 * {@link ReviewService} to decide or {@link ReviewPages} to show, and picks the view.
 */
@Controller
@RequestMapping("/review")
@PreAuthorize("hasRole('REVIEWER')")
class ReviewController {

    private final ReviewService reviews;
    private final ReviewPages pages;
    private final ReviewFormValidator reviewFormValidator;

    ReviewController(ReviewService reviews, ReviewPages pages, ReviewFormValidator reviewFormValidator) {
        this.reviews = reviews;
        this.pages = pages;
        this.reviewFormValidator = reviewFormValidator;
    }

    /**
     * A decision's note and comments take several lines; their lengths are checked by Bean Validation
     * ({@code @Valid}, as message keys: {@code system.MessageKeyValidator}), then the rule across fields
     * ({@link ReviewFormValidator}).
     */
    @InitBinder("review")
    void reviewForm(WebDataBinder binder) {
        PlainTextBinding.allowLineBreaks(binder, "note", "comments");
        binder.addValidators(reviewFormValidator);
    }

    /** A reason to reopen takes several lines; it is required and not too long (Bean Validation, as message keys). */
    @InitBinder("reopen")
    void reopenForm(WebDataBinder binder) {
        PlainTextBinding.allowLineBreaks(binder, "reason");
    }

    /**
     * Reports to review, submitted ones by default, the longest-waiting first, of the month now due:
     * the address names no month (the menu's link).
     */
    @GetMapping(params = "!month")
    String queueOfTheMonthNowDue(@RequestParam(required = false) String state,
                                 @RequestParam(required = false) UnitLevel level,
                                 @RequestParam(required = false) Long province,
                                 @RequestParam(defaultValue = "0") int page, Model model) {
        pages.addQueue(model, QueueFilter.ofMonthNowDue(state, level, province, page));
        return "review/queue";
    }

    /**
     * Reports to review of the month the address names, which must have a period (404), or of every
     * month for an empty one (the select's "every month"); a month that cannot be read is 400.
     */
    @GetMapping(params = "month")
    String queue(@RequestParam(required = false) YearMonth month,
                 @RequestParam(required = false) String state,
                 @RequestParam(required = false) UnitLevel level,
                 @RequestParam(required = false) Long province,
                 @RequestParam(defaultValue = "0") int page, Model model) {
        pages.addQueue(model, QueueFilter.ofMonth(month, state, level, province, page));
        return "review/queue";
    }

    @GetMapping("/{id}")
    String decide(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        // only a submitted report waits for a decision; any other is simply read
        return pages.addNewDecision(model, user, id) ? "review/decide" : "redirect:/reports/" + id;
    }

    @PostMapping("/{id}")
    String decide(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                  @Valid @ModelAttribute("review") ReviewForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        ReviewOutcome outcome = form.outcome().orElseThrow(() ->
                new ResponseStatusException(HttpStatus.BAD_REQUEST, "no such decision: " + form.getDecision()));
        if (errors.hasErrors()) {
            // a value that could not be bound (a control character) or that its constraints refuse: the page again, nothing decided
            pages.addDecision(model, user, id, form);
            return "review/decide";
        }
        try {
            if (outcome == ReviewOutcome.ACCEPT) {
                reviews.accept(user, id, form);
            } else {
                reviews.returnForRevision(user, id, form);
            }
        } catch (RejectedInputException refused) {
            refused.addTo(errors);
            pages.addDecision(model, user, id, form);
            return "review/decide";
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
            pages.addReport(model, user, id);
            model.addAttribute("reopenReason", errors.getFieldValue("reason"));
            model.addAttribute("reopenRefusal", refused);
            return "reporting/report";
        }
        if (errors.hasFieldErrors("version")) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "unreadable version");
        }
        if (refused != null) {
            // no reason, or one too long: the report again, the message above it and the reason kept for the form
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
}
