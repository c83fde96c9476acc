package vn.bhxh.tracker.system;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.validation.metadata.ConstraintDescriptor;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.SmartValidator;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * Bean Validation on a form, its refusals written as a service writes its own
 * ({@link RejectedInputException#addTo}): a constraint whose message is one message key in braces,
 * {@code @Size(max = TextLimits.MAX_TEXT, message = "{text.tooLong}")}, refuses with that key as the
 * error's code and the constraint's attributes as its arguments, in the alphabetical order of their
 * names ({@code @Size}: max, then min; {@code @NotBlank}: none). So the page shows the bundle's text
 * with the number written as the reader's language writes it ("Nội dung không quá 10.000 ký tự.",
 * "At most 10,000 characters."), the same text whether the form or a service refused, and a refusal
 * can travel as a key and an argument (a flash message). Spring's own adapter codes an error by the
 * constraint's name ({@code Size}) and puts the field's name first among the arguments, where such a
 * key expects the limit. A constraint with any other message is coded as Spring codes it.
 *
 * <p>It is Spring MVC's validator ({@link FormValidation}): every form a controller
 * validates with {@code @Valid} is validated this way, and a controller adds the form's rules across
 * fields, where it has any, in its {@code @InitBinder} ({@code binder.addValidators}), run after it.
 */
@Component
@NamedInterface(name = "api", propagate = false)
public class MessageKeyValidator implements SmartValidator {

    private final SpringValidatorAdapter keyed;

    MessageKeyValidator(jakarta.validation.Validator validator) {
        this.keyed = new Keyed(validator);
    }

    @Override
    public boolean supports(Class<?> type) {
        return keyed.supports(type);
    }

    @Override
    public void validate(Object target, Errors errors) {
        keyed.validate(target, errors);
    }

    @Override
    public void validate(Object target, Errors errors, Object... validationHints) {
        keyed.validate(target, errors, validationHints);
    }

    /** Spring's adapter, with the message key as the code and the constraint's attributes as the arguments. */
    private static final class Keyed extends SpringValidatorAdapter {

        /** The attributes every constraint has, which say nothing about the value refused. */
        private static final Set<String> NOT_ARGUMENTS = Set.of("message", "groups", "payload");

        Keyed(jakarta.validation.Validator validator) {
            super(validator);
        }

        @Override
        protected String determineErrorCode(ConstraintDescriptor<?> descriptor) {
            String key = keyOf(descriptor);
            return key == null ? super.determineErrorCode(descriptor) : key;
        }

        @Override
        protected Object[] getArgumentsForConstraint(String objectName, String field, ConstraintDescriptor<?> descriptor) {
            if (keyOf(descriptor) == null) {
                return super.getArgumentsForConstraint(objectName, field, descriptor);
            }
            Map<String, Object> attributes = new TreeMap<>(descriptor.getAttributes());
            attributes.keySet().removeAll(NOT_ARGUMENTS);
            return attributes.values().toArray();
        }

        /** The message key a constraint's message names, "{text.tooLong}"; null for a message that is more than one key. */
        private static String keyOf(ConstraintDescriptor<?> descriptor) {
            String message = descriptor.getMessageTemplate();
            boolean oneKey = message != null && message.length() > 2 && message.startsWith("{") && message.endsWith("}")
                    && message.indexOf('{', 1) < 0 && message.indexOf('}') == message.length() - 1;
            return oneKey ? message.substring(1, message.length() - 1) : null;
        }
    }
}
