package vn.bhxh.tracker.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.validation.MapBindingResult;

/** A service's reasons to refuse a form reach the form beside their fields, all at once. */
class RejectionsTest {

    @Test
    void noReasonNoRefusal() {
        Rejections rejections = new Rejections();
        rejections.throwIfAny();
        assertThat(rejections.isEmpty()).isTrue();
        assertThatThrownBy(() -> new RejectedInputException(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyReasonIsThrownTogetherAndAFieldIsKnownToBeRefused() {
        Rejections rejections = new Rejections();
        rejections.reject("report.error.monthInProgress", "11/2026", "01/12/2026");
        rejections.rejectValue("note", "text.tooLong", TextLimits.MAX_TEXT);
        assertThat(rejections.isRejected("note")).isTrue();
        assertThat(rejections.isRejected("comments[1]")).isFalse();

        assertThatThrownBy(rejections::throwIfAny).isInstanceOfSatisfying(RejectedInputException.class,
                refused -> assertThat(refused.reasons()).containsExactly(
                        new RejectedInputException.Reason(null, "report.error.monthInProgress", List.of("11/2026", "01/12/2026")),
                        new RejectedInputException.Reason("note", "text.tooLong", List.of(TextLimits.MAX_TEXT))));
    }

    @Test
    void theReasonsGoBesideTheirFieldsOrAboveTheForm() {
        MapBindingResult errors = new MapBindingResult(Map.of("note", "x".repeat(10)), "review");
        RejectedInputException refused = new RejectedInputException(List.of(
                new RejectedInputException.Reason("note", "text.tooLong", TextLimits.MAX_TEXT),
                new RejectedInputException.Reason(null, "review.return.commentRequired")));
        refused.addTo(errors);
        assertThat(errors.getFieldError("note").getCode()).isEqualTo("text.tooLong");
        assertThat(errors.getFieldError("note").getArguments()).containsExactly(TextLimits.MAX_TEXT);
        assertThat(errors.getGlobalError().getCode()).isEqualTo("review.return.commentRequired");
        assertThat(errors.getGlobalError().getArguments()).isNull();
    }
}
