package vn.bhxh.tracker.dashboard.export;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.bhxh.tracker.dashboard.DashboardScope;
import vn.bhxh.tracker.dashboard.MonthSummary;
import vn.bhxh.tracker.dashboard.MonthlyFigures;
import vn.bhxh.tracker.dashboard.UnitStatus;
import vn.bhxh.tracker.reporting.ComplianceStatus;
import vn.bhxh.tracker.reporting.Timeliness;
import vn.bhxh.tracker.system.TrackerProperties;
import vn.bhxh.tracker.unit.UnitDirectory;

/**
 * Gathers a month's export for a scope: the dashboard's figures and every unit's row, labelled in
 * Vietnamese whatever the interface language, since the files are official working documents.
 */
@Service
@Transactional(readOnly = true)
public class MonthExports {

    /** The files are in Vietnamese: the default bundle. */
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final MonthlyFigures figures;
    private final UnitDirectory unitDirectory;
    private final MessageSource messages;
    private final TrackerProperties properties;
    private final Clock clock;

    MonthExports(MonthlyFigures figures, UnitDirectory unitDirectory, MessageSource messages,
                 TrackerProperties properties, Clock clock) {
        this.figures = figures;
        this.unitDirectory = unitDirectory;
        this.messages = messages;
        this.properties = properties;
        this.clock = clock;
    }

    public MonthExport of(YearMonth month, DashboardScope scope) {
        MonthSummary summary = figures.summary(month, scope);
        List<UnitStatus> units = figures.allUnits(month, scope);
        List<String> dutyCodes = figures.dutyCodes(month);
        Map<Long, Map<String, ComplianceStatus>> duties = figures.dutyStatuses(units.stream()
                .filter(UnitStatus::isSubmitted).map(UnitStatus::reportId).toList());
        String provinceName = scope.isNational() ? null
                : unitDirectory.findInEffect(scope.provinceId()).map(unit -> unit.getName()).orElse(null);

        List<String> header = new ArrayList<>(List.of(text("export.column.code"), text("export.column.name"),
                text("export.column.level"), text("export.column.parent"), text("export.column.state"),
                text("export.column.timeliness"), text("export.column.done"), text("export.column.applicable")));
        header.addAll(dutyCodes);
        List<MonthExport.Row> rows = units.stream().map(unit -> {
            Map<String, ComplianceStatus> statuses = unit.isSubmitted() ? duties.getOrDefault(unit.reportId(), Map.of()) : Map.of();
            List<String> dutyCells = dutyCodes.stream().map(code -> statuses.get(code) == null ? ""
                    : text("compliance." + statuses.get(code).name())).toList();
            return new MonthExport.Row(unit.code(), unit.name(), text("level." + unit.level().name()),
                    unit.parentName() == null ? "" : unit.parentName(),
                    text(unit.isSubmitted() ? "state." + unit.state().name() : "state.NONE"),
                    text("timeliness." + unit.timeliness().name()),
                    unit.isSubmitted() ? unit.dutiesDone() : null, unit.isSubmitted() ? unit.applicableDuties() : null,
                    dutyCells);
        }).toList();
        return new MonthExport(month, provinceName, LocalDate.now(clock.withZone(properties.timeZone())), summary,
                header, rows,
                units.stream().filter(unit -> unit.timeliness() == Timeliness.LATE).toList(),
                units.stream().filter(unit -> unit.timeliness() == Timeliness.MISSING).toList());
    }

    /** The figures as label and value, for the summary sheet and the PDF's table; the rate may be null. */
    public Map<String, Object> summaryLines(MonthExport export) {
        MonthSummary summary = export.summary();
        Map<String, Object> lines = new LinkedHashMap<>();
        lines.put(text("dashboard.figure.EXPECTED"), summary.expected());
        lines.put(text("dashboard.figure.ON_TIME"), summary.onTime());
        lines.put(text("dashboard.figure.LATE"), summary.late());
        lines.put(text("dashboard.figure.MISSING"), summary.missing());
        lines.put(text("dashboard.figure.NOT_DUE"), summary.notDue());
        lines.put(text("dashboard.figure.WAITING"), summary.submittedWaiting());
        lines.put(text("dashboard.figure.RETURNED"), summary.returned());
        lines.put(text("dashboard.figure.ACCEPTED"), summary.accepted());
        lines.put(text("export.figure.compliance"), summary.complianceRate());
        return lines;
    }

    /** The province's code for file names; null for the whole country. */
    public String provinceCode(DashboardScope scope) {
        return scope.isNational() ? null : unitDirectory.findInEffect(scope.provinceId()).map(unit -> unit.getCode()).orElse(null);
    }

    String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, VIETNAMESE);
    }
}
