package vn.bhxh.tracker.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.validation.FieldError;

/**
 * A constraint whose message is one message key refuses as a service does: the key is the error's
 * code, the constraint's limits its arguments, and the bundle's text reads them in the reader's
 * language; a constraint with another message is coded as Spring codes it.
 */
class MessageKeyValidatorTest {

    private static ValidatorFactory factory;
    private static MessageKeyValidator validator;

    /** A form as the review's are written. */
    static class Typed {

        @NotBlank(message = "{review.reopen.reasonRequired}")
        @Size(max = 5, message = "{text.tooLong}")
        String reason;

        @Size(max = 3, message = "at most {max}")
        String other;

        Typed(String reason, String other) {
            this.reason = reason;
            this.other = other;
        }
    }

    @BeforeAll
    static void validator() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = new MessageKeyValidator(factory.getValidator());
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    @Test
    void aConstraintNamingAKeyRefusesWithTheKeyAndItsLimits() {
        FieldError tooLong = refusal(new Typed("sáu ký tự", "ok"), "reason");
        assertThat(tooLong.getCode()).isEqualTo("text.tooLong");
        assertThat(tooLong.getArguments()).containsExactly(5, 0);

        FieldError blank = refusal(new Typed("  ", "ok"), "reason");
        assertThat(blank.getCode()).isEqualTo("review.reopen.reasonRequired");
        assertThat(blank.getArguments()).isEmpty();
    }

    @Test
    void theBundleReadsTheLimitAsANumberInTheReadersLanguage() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        FieldError tooLong = refusal(new Typed("x".repeat(6), "ok"), "reason");
        assertThat(messages.getMessage(tooLong, Locale.forLanguageTag("vi"))).isEqualTo("Nội dung không quá 5 ký tự.");
        assertThat(messages.getMessage(tooLong, Locale.ENGLISH)).isEqualTo("At most 5 characters.");
    }

    @Test
    void aConstraintWithAnotherMessageKeepsSpringsCode() {
        FieldError other = refusal(new Typed("ok", "four"), "other");
        assertThat(other.getCode()).isEqualTo("Size");
        assertThat(other.getDefaultMessage()).isEqualTo("at most 3");
    }

    @Test
    void aFormWithinItsConstraintsHasNoError() {
        DirectFieldBindingResult errors = new DirectFieldBindingResult(new Typed("lý do", "ok"), "typed");
        validator.validate(errors.getTarget(), errors);
        assertThat(errors.hasErrors()).isFalse();
    }

    private static FieldError refusal(Typed typed, String field) {
        DirectFieldBindingResult errors = new DirectFieldBindingResult(typed, "typed");
        validator.validate(typed, errors);
        assertThat(errors.getFieldErrorCount()).as("errors: %s", errors.getAllErrors()).isEqualTo(1);
        return errors.getFieldError(field);
    }
}
