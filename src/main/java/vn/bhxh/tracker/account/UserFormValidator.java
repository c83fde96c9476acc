package vn.bhxh.tracker.account;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

import vn.bhxh.tracker.unit.UnitDirectory;
import vn.bhxh.tracker.unit.UnitLevel;
import vn.bhxh.tracker.unit.UnitRef;

/**
 * The user form's rules beyond single fields: unique user name and e-mail, a unit in effect,
 * a position for unit leaders, a provincial office for provincial directors, and a password that
 * follows the policy. Each problem is reported beside its field, with a message key.
 */
@Component
class UserFormValidator {

    private final UserAccountRepository accounts;
    private final UnitDirectory unitDirectory;

    UserFormValidator(UserAccountRepository accounts, UnitDirectory unitDirectory) {
        this.accounts = accounts;
        this.unitDirectory = unitDirectory;
    }

    void validate(UserForm form, Errors errors, Long currentUserId) {
        if (form.isNew() && !errors.hasFieldErrors("username") && accounts.existsByUsernameIgnoreCase(form.getUsername())) {
            errors.rejectValue("username", "user.username.taken");
        }
        if (!errors.hasFieldErrors("email")) {
            boolean emailTaken = form.isNew()
                    ? accounts.existsByEmailIgnoreCase(form.getEmail())
                    : accounts.existsByEmailIgnoreCaseAndIdNot(form.getEmail(), form.getId());
            if (emailTaken) {
                errors.rejectValue("email", "user.email.taken");
            }
        }
        Optional<UnitRef> unit = unitDirectory.refInEffect(form.getUnitId());
        if (form.getUnitId() != null && unit.isEmpty()) {
            errors.rejectValue("unitId", "user.unit.unknown");
        }
        if (form.getRoles().contains(Role.UNIT_LEADER) && form.getPosition() == null) {
            errors.rejectValue("position", "user.position.requiredForLeader");
        }
        if (form.getRoles().contains(Role.PROVINCE_DIRECTOR)
                && unit.isPresent() && unit.get().level() != UnitLevel.PROVINCE) {
            errors.rejectValue("roles", "user.roles.directorNeedsProvince");
        }
        if (form.getId() != null && form.getId().equals(currentUserId) && !form.getRoles().contains(Role.ADMIN)) {
            errors.rejectValue("roles", "user.roles.cannotDropOwnAdmin");
        }
        validatePassword(form, errors);
    }

    private static void validatePassword(UserForm form, Errors errors) {
        boolean blank = form.getPassword().isEmpty();
        if (blank && form.isNew()) {
            errors.rejectValue("password", "user.password.required");
            return;
        }
        if (blank) {
            return;
        }
        if (!PasswordPolicy.isAcceptable(form.getPassword())) {
            errors.rejectValue("password", "user.password.weak",
                    new Object[] {PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH}, null);
        } else if (!form.getPassword().equals(form.getPasswordConfirmation())) {
            errors.rejectValue("passwordConfirmation", "user.password.mismatch");
        }
    }
}
