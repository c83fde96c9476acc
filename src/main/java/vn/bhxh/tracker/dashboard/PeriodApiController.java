package vn.bhxh.tracker.dashboard;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.bhxh.tracker.account.CurrentUser;
import vn.bhxh.tracker.reporting.ComplianceStatus;
import vn.bhxh.tracker.reporting.ReportingPeriods;
import vn.bhxh.tracker.system.NotFoundException;
import vn.bhxh.tracker.unit.UnitDirectory;
import vn.bhxh.tracker.unit.UnitLevel;
import vn.bhxh.tracker.unit.UnitRef;

/**
 * A read-only JSON API for other government systems: a month's figures and each unit's standing,
 * behind the same accounts and scoping as the pages (HTTP Basic for machines). A month that is not
 * {@code yyyy-MM} is a 400 problem detail, one without a reporting period a 404.
 */
@RestController
@RequestMapping("/api/v1/periods")
@PreAuthorize("hasAnyRole('REVIEWER', 'EXECUTIVE', 'PROVINCE_DIRECTOR')")
@Tag(name = "Periods", description = "Kỳ báo cáo: tổng hợp và tình hình từng đơn vị")
class PeriodApiController {

    private final SummaryFigures summaries;
    private final UnitStatuses unitStatuses;
    private final DutyMatrix matrix;
    private final ReportingPeriods periods;
    private final UnitDirectory unitDirectory;

    PeriodApiController(SummaryFigures summaries, UnitStatuses unitStatuses, DutyMatrix matrix, ReportingPeriods periods,
                        UnitDirectory unitDirectory) {
        this.summaries = summaries;
        this.unitStatuses = unitStatuses;
        this.matrix = matrix;
        this.periods = periods;
        this.unitDirectory = unitDirectory;
    }

    /**
     * A month's figures. Until the deadline has passed ({@code deadlinePassed} false) they are "so far":
     * {@code submitted} and {@code submittedRate} count what has come in, {@code onTimeRate} is null.
     */
    public record Summary(String month, String unit, boolean deadlinePassed, int expected, int submitted,
                          BigDecimal submittedRate, int onTime, int late, int missing, int notDue,
                          BigDecimal onTimeRate, int returned, int accepted, BigDecimal complianceRate) {
    }

    /** One unit's standing in a month; {@code duties} maps duty codes (2a…2g) to compliance statuses. */
    public record UnitEntry(String code, String name, UnitLevel level, String parentCode, String state,
                            String timeliness, Map<String, ComplianceStatus> duties) {
    }

    @GetMapping("/{month}/summary")
    @Operation(summary = "A month's figures, national or for one province",
            description = "expected: units that had to report; onTime, late, missing: by the deadline day in "
                    + "Vietnam's time zone; notDue: not submitted while the deadline has not passed; "
                    + "deadlinePassed: false while the figures are 'so far' (then missing is 0 and onTimeRate null; "
                    + "read submitted and submittedRate, the share submitted so far); returned, accepted: current "
                    + "states; complianceRate: percentage of applicable duties reported fully done in submitted reports.")
    Summary summary(@AuthenticationPrincipal CurrentUser user,
                    @Parameter(description = "yyyy-MM", example = "2026-10") @PathVariable YearMonth month,
                    @Parameter(description = "the code of a provincial office of that month, e.g. T01; none for the whole country")
                    @RequestParam(required = false) String unit) {
        periods.get(month); // a month without a reporting period is 404, as on the pages
        DashboardScope scope = scopeFor(user, month, unit);
        MonthSummary summary = summaries.summary(month, scope);
        return new Summary(month.toString(), unit, summary.deadlinePassed(), summary.expected(), summary.submitted(),
                summary.submittedRate(), summary.onTime(), summary.late(), summary.missing(), summary.notDue(),
                summary.onTimeRate(), summary.returned(), summary.accepted(), summary.complianceRate());
    }

    @GetMapping("/{month}/units")
    @Operation(summary = "Each unit's state, timeliness and per-duty status in a month")
    List<UnitEntry> units(@AuthenticationPrincipal CurrentUser user,
                          @Parameter(description = "yyyy-MM", example = "2026-10") @PathVariable YearMonth month,
                          @Parameter(description = "the code of a provincial office of that month, e.g. T01; none for the whole country")
                          @RequestParam(required = false) String unit) {
        periods.get(month); // a month without a reporting period is 404, as on the pages
        List<UnitStatus> units = unitStatuses.allUnits(month, scopeFor(user, month, unit));
        Map<Long, Map<String, ComplianceStatus>> duties = matrix.dutyStatuses(units.stream()
                .filter(UnitStatus::isSubmitted).map(UnitStatus::reportId).toList());
        return units.stream().map(status -> new UnitEntry(status.code(), status.name(), status.level(),
                status.parentCode(), status.state() == null ? null : status.state().name(), status.timeliness().name(),
                status.isSubmitted() ? duties.getOrDefault(status.reportId(), Map.of()) : Map.of())).toList();
    }

    /**
     * National for reviewers and executives unless a province is named (a provincial office of the
     * month's tree: 404 for a code that was none that month); a director only their own.
     */
    private DashboardScope scopeFor(CurrentUser user, YearMonth month, String unitCode) {
        Long provinceId = null;
        if (unitCode != null && !unitCode.isBlank()) {
            UnitRef province = unitDirectory.provinceInEffect(unitCode.strip(), month)
                    .orElseThrow(() -> new NotFoundException("province " + unitCode + " in " + month));
            provinceId = province.id();
        }
        DashboardScope scope = DashboardScope.of(user, provinceId);
        if (provinceId != null && !provinceId.equals(scope.provinceId())) {
            throw new AccessDeniedException("another province");
        }
        return scope;
    }
}
