package vn.bhxh.tracker.reporting;

import java.util.List;
import java.util.Optional;

import org.springframework.modulith.NamedInterface;

/**
 * A self-assessment as another module refers to it, without its entity: its id and its duty
 * reports in the directive's order ({@link SelfAssessments#lockEditableRef}, {@link SelfAssessments#refOf}).
 */
@NamedInterface(name = "api", propagate = false)
public record SelfAssessmentRef(Long id, List<DutyReportRef> dutyReports) {

    public SelfAssessmentRef {
        dutyReports = List.copyOf(dutyReports);
    }

    /** The report's part about a duty, by the duty's id. */
    public Optional<DutyReportRef> dutyReportFor(Long dutyId) {
        return dutyReports.stream().filter(report -> report.dutyId().equals(dutyId)).findFirst();
    }

    /** One of the report's duty reports, by its own id. */
    public Optional<DutyReportRef> dutyReport(Long dutyReportId) {
        return dutyReports.stream().filter(report -> report.id().equals(dutyReportId)).findFirst();
    }

    public List<Long> dutyReportIds() {
        return dutyReports.stream().map(DutyReportRef::id).toList();
    }
}
