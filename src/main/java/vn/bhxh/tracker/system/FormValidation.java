package vn.bhxh.tracker.system;

import org.springframework.context.annotation.Configuration;
import org.springframework.validation.Validator;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Spring MVC's one validator of forms: every form a controller validates with {@code @Valid} is
 * validated by {@link MessageKeyValidator}, so a constraint's message key is its refusal's code and its
 * limits the arguments, as a service refuses. A form's rules across fields are added by its
 * controller ({@code binder.addValidators} in {@code @InitBinder}).
 */
@Configuration(proxyBeanMethods = false)
class FormValidation implements WebMvcConfigurer {

    private final MessageKeyValidator messageKeys;

    FormValidation(MessageKeyValidator messageKeys) {
        this.messageKeys = messageKeys;
    }

    @Override
    public Validator getValidator() {
        return messageKeys;
    }
}
