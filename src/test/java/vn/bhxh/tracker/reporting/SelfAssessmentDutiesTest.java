package vn.bhxh.tracker.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.bhxh.tracker.checklist.ChecklistVersionRef;
import vn.bhxh.tracker.checklist.DutyRef;
import vn.bhxh.tracker.checklist.IndicatorKind;
import vn.bhxh.tracker.checklist.IndicatorRef;

/**
 * A report keeps its checklist version, duties and indicators by id, and takes their order from the
 * version the checklist module gives (a {@link ChecklistVersionRef}), never from how its duty reports
 * happen to be stored; it refuses another version's duties.
 */
class SelfAssessmentDutiesTest {

    private static final Instant NOW = Instant.parse("2026-11-03T02:00:00Z");
    private static final DutyRef DUTY_2A = duty(11L, "2a", indicator(111L, null), indicator(112L, 111L));
    private static final DutyRef DUTY_2B = duty(12L, "2b", indicator(121L, null));
    private static final DutyRef DUTY_2C = duty(13L, "2c");
    private static final ChecklistVersionRef VERSION = new ChecklistVersionRef(1L, "Bộ tiêu chí thử", List.of(DUTY_2A, DUTY_2B, DUTY_2C));

    private final Long someone = 7L;

    @Test
    void aNewReportKeepsItsVersionEachDutyAndEachIndicatorById() {
        SelfAssessment report = report();

        assertThat(report.getChecklistVersionId()).isEqualTo(1L);
        assertThat(report.dutyReportsInOrderOf(VERSION)).extracting(DutyReport::getDutyId).containsExactly(11L, 12L, 13L);
        assertThat(report.dutyReportFor(11L).orElseThrow().getIndicatorValues()).extracting(IndicatorValue::getIndicatorId)
                .containsExactlyInAnyOrder(111L, 112L);
        assertThat(report.dutyReportFor(13L).orElseThrow().getIndicatorValues()).isEmpty();
        assertThat(report.dutyReportFor(99L)).as("a duty not of the version").isEmpty();
    }

    @Test
    void theDutyMarksFollowTheChecklistsOrderNotTheOrderTheDutyReportsAreKeptIn() {
        SelfAssessment report = report();
        answer(report, 11L, ComplianceStatus.DONE);
        answer(report, 12L, ComplianceStatus.NOT_APPLICABLE);
        // the same version as the checklist might list it: 2c first (its duties' positions decide)
        ChecklistVersionRef reordered = new ChecklistVersionRef(1L, "Bộ tiêu chí thử", List.of(DUTY_2C, DUTY_2A, DUTY_2B));

        assertThat(report.dutyReportsInOrderOf(reordered)).extracting(DutyReport::getDutyId).containsExactly(13L, 11L, 12L);
        report.submit(someone, NOW, reordered);
        assertThat(report.getDutyMarks()).isEqualTo("-DK");
        assertThat(report.getDutiesApplicable()).isEqualTo(1);
        assertThat(report.getDutiesDone()).isEqualTo(1);
    }

    @Test
    void anotherVersionsDutiesAreRefusedAndNothingIsSubmitted() {
        SelfAssessment report = report();
        ChecklistVersionRef another = new ChecklistVersionRef(2L, "Bộ tiêu chí khác", List.of(DUTY_2A, DUTY_2B, DUTY_2C));

        assertThatThrownBy(() -> report.dutyReportsInOrderOf(another)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("checklist version 2");
        assertThatThrownBy(() -> report.submit(someone, NOW, another)).isInstanceOf(IllegalArgumentException.class);
        assertThat(report.getState()).isEqualTo(SelfAssessmentState.DRAFT);
        assertThat(report.getDutyMarks()).isNull();
    }

    private SelfAssessment report() {
        ReportingPeriod period = new ReportingPeriod(YearMonth.of(2026, 10), LocalDate.of(2026, 11, 5), NOW);
        return new SelfAssessment(3L, period, VERSION, someone, NOW);
    }

    private void answer(SelfAssessment report, Long dutyId, ComplianceStatus status) {
        report.dutyReportFor(dutyId).orElseThrow().update(status, "Đã làm", "", "", null);
    }

    private static DutyRef duty(Long id, String code, IndicatorRef... indicators) {
        return new DutyRef(id, code, "Nhiệm vụ " + code, "Nội dung " + code, "Chỉ thị 2165/CT-BHXH, mục " + code,
                List.of(indicators));
    }

    private static IndicatorRef indicator(Long id, Long atMostId) {
        return new IndicatorRef(id, "Chỉ tiêu " + id, "lượt", IndicatorKind.COUNT, null, atMostId);
    }
}
