package vn.bhxh.tracker.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.function.BiConsumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.bhxh.tracker.checklist.ChecklistVersionRef;

/** Every action from every state: what the monthly cycle allows, and what it refuses. */
class SelfAssessmentTransitionsTest {

    private static final Instant NOW = Instant.parse("2026-11-03T02:00:00Z");
    private static final ChecklistVersionRef VERSION = new ChecklistVersionRef(1L, "Bộ tiêu chí không có nhiệm vụ", List.of());
    private final Long someone = 7L;

    @ParameterizedTest(name = "{1} from {0} -> {2}")
    @CsvSource({
            "DRAFT, submit, SUBMITTED",
            "DRAFT, accept, refused",
            "DRAFT, return, refused",
            "DRAFT, reopen, refused",
            "SUBMITTED, submit, refused",
            "SUBMITTED, accept, ACCEPTED",
            "SUBMITTED, return, RETURNED",
            "SUBMITTED, reopen, refused",
            "RETURNED, submit, SUBMITTED",
            "RETURNED, accept, refused",
            "RETURNED, return, refused",
            "RETURNED, reopen, refused",
            "ACCEPTED, submit, refused",
            "ACCEPTED, accept, refused",
            "ACCEPTED, return, refused",
            "ACCEPTED, reopen, RETURNED"})
    void theCycleAllowsOnlyItsOwnSteps(SelfAssessmentState from, String action, String expected) {
        SelfAssessment assessment = in(from);
        BiConsumer<SelfAssessment, Long> step = switch (action) {
            case "submit" -> (a, u) -> a.submit(u, NOW, VERSION);
            case "accept" -> (a, u) -> a.markAccepted(u, NOW);
            case "return" -> (a, u) -> a.markReturned(u, NOW);
            default -> (a, u) -> a.reopen(u, NOW);
        };
        if (expected.equals("refused")) {
            assertThatThrownBy(() -> step.accept(assessment, someone)).isInstanceOf(TransitionNotAllowedException.class);
            assertThat(assessment.getState()).isEqualTo(from);
        } else {
            step.accept(assessment, someone);
            assertThat(assessment.getState()).isEqualTo(SelfAssessmentState.valueOf(expected));
        }
    }

    @ParameterizedTest(name = "the unit may edit a {0} report: {1}")
    @CsvSource({"DRAFT, true", "SUBMITTED, false", "RETURNED, true", "ACCEPTED, false"})
    void onlyDraftsAndReturnedReportsAreEditableByTheUnit(SelfAssessmentState state, boolean editable) {
        assertThat(state.isEditableByUnit()).isEqualTo(editable);
    }

    @Test
    void aResubmissionKeepsTheFirstSubmissionTimeForTimeliness() {
        SelfAssessment assessment = in(SelfAssessmentState.RETURNED);
        Instant first = assessment.getFirstSubmittedAt();
        assessment.submit(someone, NOW.plusSeconds(86_400 * 10), VERSION);
        assertThat(assessment.getFirstSubmittedAt()).isEqualTo(first);
        assertThat(assessment.getLastSubmittedAt()).isEqualTo(NOW.plusSeconds(86_400 * 10));
    }

    /** A report brought to the given state through the cycle's own steps. */
    private SelfAssessment in(SelfAssessmentState state) {
        ReportingPeriod period = new ReportingPeriod(YearMonth.of(2026, 10), LocalDate.of(2026, 11, 5), NOW);
        SelfAssessment assessment = new SelfAssessment(3L, period, VERSION, someone, NOW);
        switch (state) {
            case DRAFT -> { }
            case SUBMITTED -> assessment.submit(someone, NOW, VERSION);
            case RETURNED -> {
                assessment.submit(someone, NOW, VERSION);
                assessment.markReturned(someone, NOW);
            }
            case ACCEPTED -> {
                assessment.submit(someone, NOW, VERSION);
                assessment.markAccepted(someone, NOW);
            }
        }
        return assessment;
    }
}
