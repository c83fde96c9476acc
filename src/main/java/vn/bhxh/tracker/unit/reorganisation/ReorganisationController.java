package vn.bhxh.tracker.unit.reorganisation;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.data.domain.Page;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.bhxh.tracker.system.Actor;
import vn.bhxh.tracker.system.NotFoundException;
import vn.bhxh.tracker.system.PageLinks;
import vn.bhxh.tracker.unit.UnitLevel;

/**
 * The administrator's reorganisations: the decisions recorded, each with its lines and the people
 * still to place; and a plan written step by step (the decision, lines typed or uploaded), its preview,
 * and its confirmation.
 */
@Controller
@RequestMapping("/admin/reorganisations")
@PreAuthorize("hasRole('ADMIN')")
class ReorganisationController {

    /** A decision's or a plan's lines, this many to a page. */
    static final int LINES_PER_PAGE = 50;

    private static final String PLAN_VIEW = "unit/reorganisation/plan";
    private static final String PREVIEW_VIEW = "unit/reorganisation/preview";

    private final ReorganisationPlans plans;
    private final ReorganisationPages pages;
    private final PlanHeaderForm.Validator headerValidator;

    ReorganisationController(ReorganisationPlans plans, ReorganisationPages pages, PlanHeaderForm.Validator headerValidator) {
        this.plans = plans;
        this.pages = pages;
        this.headerValidator = headerValidator;
    }

    /** The decision's fields' own rules (Bean Validation, as message keys), then its day and month read ({@link PlanHeaderForm.Validator}). */
    @InitBinder("header")
    void headerForm(WebDataBinder binder) {
        binder.addValidators(headerValidator);
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal Actor actor, Model model) {
        pages.addList(model, page, actor);
        return "unit/reorganisation/list";
    }

    @GetMapping("/{id}")
    String decision(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model) {
        pages.addDecision(model, id, page);
        return "unit/reorganisation/decision";
    }

    /** Starts an empty plan and opens it. */
    @PostMapping("/plans")
    String start(@AuthenticationPrincipal Actor actor) {
        return "redirect:/admin/reorganisations/plans/" + plans.start(actor);
    }

    @GetMapping("/plans/{planId}")
    String plan(@PathVariable long planId, @RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal Actor actor,
                Model model) {
        PlanReview review = plans.review(planId, actor);
        return showPlan(review, PlanHeaderForm.of(review.plan().header()), new PlanLineForm(), page, model);
    }

    /** Saves the decision's number, date and month. */
    @PostMapping("/plans/{planId}")
    String saveHeader(@PathVariable long planId, @Valid @ModelAttribute("header") PlanHeaderForm form, BindingResult errors,
                      @AuthenticationPrincipal Actor actor, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return showPlan(plans.review(planId, actor), form, new PlanLineForm(), 0, model);
        }
        plans.saveHeader(planId, form.toHeader(), actor);
        redirect.addFlashAttribute("flashSuccess", "reorganisation.flash.headerSaved");
        return toPlan(planId);
    }

    @PostMapping("/plans/{planId}/lines")
    String addLine(@PathVariable long planId, @Valid @ModelAttribute("line") PlanLineForm form, BindingResult errors,
                   @AuthenticationPrincipal Actor actor, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            PlanReview review = plans.review(planId, actor);
            return showPlan(review, PlanHeaderForm.of(review.plan().header()), form, 0, model);
        }
        plans.addLine(planId, form.toLine(), actor);
        redirect.addFlashAttribute("flashSuccess", "reorganisation.flash.lineAdded");
        return toPlan(planId);
    }

    @PostMapping("/plans/{planId}/lines/{line}/remove")
    String removeLine(@PathVariable long planId, @PathVariable int line, @AuthenticationPrincipal Actor actor,
                      RedirectAttributes redirect) {
        if (plans.removeLine(planId, line, actor)) {
            redirect.addFlashAttribute("flashSuccess", "reorganisation.flash.lineRemoved");
            redirect.addFlashAttribute("flashArgument", line);
        }
        return toPlan(planId);
    }

    /** The plan's lines become those of the uploaded CSV or .xlsx file; a file refused says why and changes nothing. */
    @PostMapping("/plans/{planId}/file")
    String upload(@PathVariable long planId, @RequestParam(name = "file", required = false) MultipartFile file,
                  @AuthenticationPrincipal Actor actor, RedirectAttributes redirect) throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw new PlanFileRefusedException(file == null || file.getOriginalFilename() == null
                        || file.getOriginalFilename().isEmpty() ? "none" : "empty");
            }
            int lines;
            try (InputStream content = file.getInputStream()) {
                lines = plans.upload(planId, file.getOriginalFilename(), file.getSize(), content, actor);
            }
            redirect.addFlashAttribute("flashSuccess", "reorganisation.flash.uploaded");
            redirect.addFlashAttribute("flashArgument", lines);
        } catch (PlanFileRefusedException refused) {
            redirect.addFlashAttribute("uploadRefused", refused.code());
            redirect.addFlashAttribute("uploadRefusedArguments", refused.arguments());
        }
        return toPlan(planId);
    }

    @PostMapping("/plans/{planId}/discard")
    String discard(@PathVariable long planId, @AuthenticationPrincipal Actor actor, RedirectAttributes redirect) {
        plans.discard(planId, actor);
        redirect.addFlashAttribute("flashSuccess", "reorganisation.flash.discarded");
        return "redirect:/admin/reorganisations";
    }

    @GetMapping("/plans/{planId}/preview")
    String preview(@PathVariable long planId, @AuthenticationPrincipal Actor actor, Model model) {
        PlanReview review = plans.review(planId, actor);
        if (review.plan().isApplied()) {
            return "redirect:/admin/reorganisations/" + review.plan().reorganisationId();
        }
        model.addAttribute("review", review);
        return PREVIEW_VIEW;
    }

    /**
     * Applies the plan its preview showed ({@code version}). Pressed twice, the second press finds it
     * applied and goes to the decision; a plan changed since the preview, or with a problem now (another
     * plan came first), shows the preview again and writes nothing.
     */
    @PostMapping("/plans/{planId}/apply")
    String apply(@PathVariable long planId, @RequestParam long version, @AuthenticationPrincipal Actor actor, Model model,
                 HttpServletResponse response, RedirectAttributes redirect) {
        try {
            ReorganisationPlans.Applied applied = plans.apply(planId, version, actor);
            redirect.addFlashAttribute("flashSuccess", applied.already() ? "reorganisation.flash.alreadyApplied"
                    : "reorganisation.flash.applied");
            return "redirect:/admin/reorganisations/" + applied.reorganisationId();
        } catch (PlanChangedException changed) {
            redirect.addFlashAttribute("flashError", "reorganisation.flash.changedSincePreview");
            return "redirect:/admin/reorganisations/plans/" + planId + "/preview";
        } catch (PlanHasProblemsException problems) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("review", problems.review());
            model.addAttribute("refusedNow", true);
            return PREVIEW_VIEW;
        }
    }

    private String showPlan(PlanReview review, PlanHeaderForm header, PlanLineForm line, int page, Model model) {
        if (review.plan().isApplied()) {
            throw new NotFoundException("plan " + review.plan().id() + " is applied");
        }
        List<PlanLine> all = review.plan().lines();
        Page<PlanLine> shown = ReorganisationPages.pageOf(all, page, LINES_PER_PAGE);
        model.addAttribute("review", review);
        model.addAttribute("lines", shown);
        model.addAttribute("pageLinks", new PageLinks(shown, ""));
        model.addAttribute("header", header);
        model.addAttribute("line", line);
        model.addAttribute("kinds", ChangeKind.values());
        model.addAttribute("levels", List.of(UnitLevel.CENTRAL, UnitLevel.PROVINCE, UnitLevel.DISTRICT));
        model.addAttribute("columns", String.join(",", PlanLine.COLUMNS));
        return PLAN_VIEW;
    }

    private static String toPlan(long planId) {
        return "redirect:/admin/reorganisations/plans/" + planId;
    }
}
