package vn.bhxh.tracker.review;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * The review form's rule across its fields: a return says what to change, in the note or in a
 * comment on a duty ({@link ReviewForm#saysWhatToChange}), refused beside the note. A form with a
 * field already refused (text that could not be bound, or too long) is not judged across fields: what
 * the reviewer typed there may be what the unit needed.
 */
@Component
class ReviewFormValidator implements Validator {

    @Override
    public boolean supports(Class<?> type) {
        return ReviewForm.class.isAssignableFrom(type);
    }

    @Override
    public void validate(Object target, Errors errors) {
        ReviewForm form = (ReviewForm) target;
        if (!errors.hasErrors() && form.outcome().orElse(null) == ReviewOutcome.RETURN && !form.saysWhatToChange()) {
            errors.rejectValue("note", ReviewForm.WHAT_TO_CHANGE_REQUIRED);
        }
    }
}
