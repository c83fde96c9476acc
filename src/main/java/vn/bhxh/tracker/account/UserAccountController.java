package vn.bhxh.tracker.account;

import java.util.Optional;

import jakarta.validation.Valid;

import org.springframework.data.domain.Page;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import vn.bhxh.tracker.system.PageLinks;
import vn.bhxh.tracker.system.TrackerProperties;
import vn.bhxh.tracker.unit.UnitDirectory;

/** The administrator's user pages: list, create, edit, disable and enable, and lifting sign-in locks. */
@Controller
@RequestMapping("/admin/users")
@PreAuthorize("hasRole('ADMIN')")
class UserAccountController {

    private static final String FORM_VIEW = "account/userForm";

    private final UserAccountService users;
    private final UserFormValidator validator;
    private final UnitDirectory unitDirectory;
    private final SignInThrottles signInThrottles;
    private final TrackerProperties properties;

    UserAccountController(UserAccountService users, UserFormValidator validator, UnitDirectory unitDirectory,
                          SignInThrottles signInThrottles, TrackerProperties properties) {
        this.users = users;
        this.validator = validator;
        this.unitDirectory = unitDirectory;
        this.signInThrottles = signInThrottles;
        this.properties = properties;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page, Model model) {
        Page<UserAccount> result = users.search(q, PageLinks.page(page, PageLinks.PAGE_SIZE));
        String filters = UriComponentsBuilder.newInstance()
                .queryParamIfPresent("q", q.isBlank() ? Optional.empty() : Optional.of(q))
                .encode().build().getQuery();
        model.addAttribute("users", result);
        model.addAttribute("units", unitDirectory.refsOf(result.map(UserAccount::getUnitId).toSet()));
        model.addAttribute("pageLinks", new PageLinks(result, filters));
        model.addAttribute("q", q);
        model.addAttribute("signInLocks", signInThrottles.locks());
        model.addAttribute("zone", properties.timeZone());
        return "account/userList";
    }

    @GetMapping("/new")
    String newUser(Model model) {
        return showForm(new UserForm(), model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("user") UserForm form, BindingResult errors,
                  @AuthenticationPrincipal CurrentUser currentUser, Model model, RedirectAttributes redirect) {
        form.setId(null);
        validator.validate(form, errors, currentUser.id());
        if (errors.hasErrors()) {
            return showForm(form, model);
        }
        UserAccount created = users.create(form);
        return toUserPage(created, "user.flash.created", redirect);
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        UserAccount account = users.get(id);
        showAccount(account, model);
        return showForm(UserForm.of(account), model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("user") UserForm form, BindingResult errors,
                  @AuthenticationPrincipal CurrentUser currentUser, Model model, RedirectAttributes redirect) {
        UserAccount account = users.get(id);
        form.setId(id);
        form.setUsername(account.getUsername());
        showAccount(account, model);
        validator.validate(form, errors, currentUser.id());
        if (errors.hasErrors()) {
            return showForm(form, model);
        }
        try {
            users.update(form, currentUser.id());
        } catch (ObjectOptimisticLockingFailureException stale) {
            errors.reject("user.staleEdit");
            return showForm(form, model);
        }
        return toUserPage(account, "user.flash.updated", redirect);
    }

    @PostMapping("/{id}/disable")
    String disable(@PathVariable long id, @AuthenticationPrincipal CurrentUser currentUser, RedirectAttributes redirect) {
        if (currentUser.id().equals(id)) {
            redirect.addFlashAttribute("flashError", "user.flash.cannotDisableSelf");
            return "redirect:/admin/users/" + id;
        }
        UserAccount account = users.setEnabled(id, false, currentUser.id());
        return toUserPage(account, "user.flash.disabled", redirect);
    }

    @PostMapping("/{id}/enable")
    String enable(@PathVariable long id, @AuthenticationPrincipal CurrentUser currentUser, RedirectAttributes redirect) {
        UserAccount account = users.setEnabled(id, true, currentUser.id());
        return toUserPage(account, "user.flash.enabled", redirect);
    }

    /** Lifts the wait or lock on this user's sign-in (after the confirmation the page asks for). */
    @PostMapping("/{id}/unlock-sign-in")
    String unlockSignIn(@PathVariable long id, @AuthenticationPrincipal CurrentUser currentUser, RedirectAttributes redirect) {
        UserAccount account = users.get(id);
        boolean unlocked = signInThrottles.unlock(account, currentUser);
        return toUserPage(account, unlocked ? "user.flash.signInUnlocked" : "user.flash.signInNotLocked", redirect);
    }

    /** Lifts a lock listed on the users page: a user name (with or without an account) or an address. */
    @PostMapping("/sign-in-locks/{lockId}/unlock")
    String unlockSignInLock(@PathVariable long lockId, @AuthenticationPrincipal CurrentUser currentUser,
                            RedirectAttributes redirect) {
        String subject = signInThrottles.unlock(lockId, currentUser);
        redirect.addFlashAttribute("flashSuccess", "user.flash.signInUnlocked");
        redirect.addFlashAttribute("flashArgument", subject);
        return "redirect:/admin/users";
    }

    /** Back to the user's page, saying what was done (a message key taking the username). */
    private static String toUserPage(UserAccount account, String done, RedirectAttributes redirect) {
        redirect.addFlashAttribute("flashSuccess", done);
        redirect.addFlashAttribute("flashArgument", account.getUsername());
        return "redirect:/admin/users/" + account.getId();
    }

    private void showAccount(UserAccount account, Model model) {
        model.addAttribute("account", account);
        model.addAttribute("signInRestriction", signInThrottles.restrictionOf(account).orElse(null));
        model.addAttribute("zone", properties.timeZone());
    }

    private String showForm(UserForm form, Model model) {
        model.addAttribute("user", form);
        model.addAttribute("unitOptions", unitDirectory.optionsInEffect());
        model.addAttribute("allRoles", Role.values());
        model.addAttribute("positions", Position.values());
        return FORM_VIEW;
    }
}
