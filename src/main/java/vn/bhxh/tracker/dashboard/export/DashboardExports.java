package vn.bhxh.tracker.dashboard.export;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.bhxh.tracker.dashboard.DashboardScope;
import vn.bhxh.tracker.dashboard.DutyTally;
import vn.bhxh.tracker.dashboard.LineageMarks;
import vn.bhxh.tracker.dashboard.MonthRange;
import vn.bhxh.tracker.dashboard.MonthSummary;
import vn.bhxh.tracker.dashboard.SummaryFigures;
import vn.bhxh.tracker.dashboard.DutyMatrix;
import vn.bhxh.tracker.dashboard.UnitStatus;
import vn.bhxh.tracker.dashboard.UnitStatuses;
import vn.bhxh.tracker.dashboard.UnitYear;
import vn.bhxh.tracker.dashboard.YearFigures;
import vn.bhxh.tracker.reporting.ComplianceStatus;
import vn.bhxh.tracker.reporting.Timeliness;
import vn.bhxh.tracker.system.TrackerProperties;
import vn.bhxh.tracker.unit.UnitDirectory;
import vn.bhxh.tracker.unit.UnitRef;

/**
 * Gathers the export of a month or of a year to date for a scope: the dashboard's figures and
 * every unit's row, labelled in Vietnamese whatever the interface language, since the files are
 * official working documents.
 */
@Service
@Transactional(readOnly = true)
public class DashboardExports {

    /** The files are in Vietnamese: the default bundle. */
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final SummaryFigures summaries;
    private final UnitStatuses unitStatuses;
    private final DutyMatrix matrix;
    private final YearFigures yearFigures;
    private final LineageMarks lineageMarks;
    private final UnitDirectory unitDirectory;
    private final MessageSource messages;
    private final TrackerProperties properties;
    private final Clock clock;

    DashboardExports(SummaryFigures summaries, UnitStatuses unitStatuses, DutyMatrix matrix, YearFigures yearFigures,
                     LineageMarks lineageMarks, UnitDirectory unitDirectory, MessageSource messages,
                     TrackerProperties properties, Clock clock) {
        this.summaries = summaries;
        this.unitStatuses = unitStatuses;
        this.matrix = matrix;
        this.yearFigures = yearFigures;
        this.lineageMarks = lineageMarks;
        this.unitDirectory = unitDirectory;
        this.messages = messages;
        this.properties = properties;
        this.clock = clock;
    }

    /** A month: each unit's state, timeliness and status duty by duty. */
    public Export month(YearMonth month, DashboardScope scope) {
        List<UnitStatus> units = unitStatuses.allUnits(month, scope);
        List<String> dutyCodes = matrix.dutyCodes(month);
        Map<Long, Map<String, ComplianceStatus>> duties = matrix.dutyStatuses(units.stream()
                .filter(UnitStatus::isSubmitted).map(UnitStatus::reportId).toList());
        String provinceName = provinceName(month, scope);

        List<String> header = new ArrayList<>(unitColumns());
        header.addAll(List.of(text("export.column.state"), text("export.column.timeliness"),
                text("export.column.done"), text("export.column.applicable")));
        header.addAll(dutyCodes);
        List<List<Object>> rows = units.stream().map(unit -> {
            Map<String, ComplianceStatus> statuses = unit.isSubmitted() ? duties.getOrDefault(unit.reportId(), Map.of()) : Map.of();
            List<Object> row = new ArrayList<>(unitCells(unit.code(), unit.name(), unit.level().name(), unit.parentName()));
            row.add(text(unit.isSubmitted() ? "state." + unit.state().name() : "state.NONE"));
            row.add(text("timeliness." + unit.timeliness().name()));
            row.add(unit.isSubmitted() ? unit.dutiesDone() : null);
            row.add(unit.isSubmitted() ? unit.applicableDuties() : null);
            dutyCodes.forEach(code -> row.add(statuses.get(code) == null ? null : text("compliance." + statuses.get(code).name())));
            return row;
        }).toList();
        String monthText = monthText(month);
        MonthSummary summary = summaries.summary(month, scope);
        return new Export(text("export.period.month", monthText), month.toString(),
                provinceName == null ? text("dashboard.title.national", monthText)
                        : text("dashboard.title.province", provinceName, monthText),
                summary.deadlinePassed() ? null : text("export.note.soFar", monthText),
                provinceName, today(), summaryLines(summary), header, rows,
                units.stream().filter(unit -> unit.timeliness() == Timeliness.LATE).map(DashboardExports::listed).toList(),
                units.stream().filter(unit -> unit.timeliness() == Timeliness.MISSING).map(DashboardExports::listed).toList(),
                null, List.of());
    }

    /**
     * The year to date, January up to the month: each unit's months on time, late and missing, its
     * duties fully done over those applicable, and each duty as months fully done over months applicable;
     * the rows are the year page's ({@link YearFigures#allUnits}), a merged unit's months in its
     * successor's row, which names the units it includes in its last column ({@link UnitYear#predecessors});
     * for a province, the months in which its lineage changed as notes ({@link LineageMarks}).
     */
    public Export year(YearMonth upTo, DashboardScope scope) {
        MonthRange months = MonthRange.yearTo(upTo);
        List<UnitYear> units = yearFigures.allUnits(months, scope);
        List<String> dutyCodes = matrix.dutyCodes(upTo);
        Map<Long, Map<String, DutyTally>> tallies = yearFigures.dutyTallies(months, scope, units.stream().map(UnitYear::unitId).toList());
        String provinceName = provinceName(upTo, scope);

        List<String> header = new ArrayList<>(unitColumns());
        for (String column : List.of("monthsExpected", "monthsOnTime", "monthsLate", "monthsMissing", "monthsAccepted",
                "done", "applicable", "rate")) {
            header.add(text("export.column." + column));
        }
        header.addAll(dutyCodes);
        header.add(text("export.column.predecessors"));
        List<List<Object>> rows = units.stream().map(unit -> {
            Map<String, DutyTally> byDuty = tallies.getOrDefault(unit.unitId(), Map.of());
            List<Object> row = new ArrayList<>(unitCells(unit.code(), unit.name(), unit.level().name(), unit.parentName()));
            row.addAll(List.of(unit.months(), unit.onTime(), unit.late(), unit.missing(), unit.accepted(),
                    unit.dutiesDone(), unit.applicableDuties()));
            row.add(unit.complianceRate());
            dutyCodes.forEach(code -> {
                DutyTally tally = byDuty.get(code);
                row.add(tally == null || tally.reported() == 0 ? null
                        : tally.applicable() == 0 ? text("compliance.NOT_APPLICABLE")
                        // spaced, so that Excel opening the CSV does not take "2/2" for a date
                        : tally.done() + " / " + tally.applicable());
            });
            // the row's mark, as on the year page: the units merged into it whose months it counts
            row.add(unit.predecessors().isEmpty() ? null : String.join("; ", unit.predecessors()));
            return row;
        }).toList();
        String monthNumber = String.format("%02d", upTo.getMonthValue());
        String yearNumber = String.valueOf(upTo.getYear());
        return new Export(text("export.period.year", monthNumber, yearNumber),
                months.first() + "-den-" + months.last(),
                provinceName == null ? text("dashboard.year.heading.national", yearNumber, monthText(upTo))
                        : text("dashboard.year.heading.province", provinceName, yearNumber, monthText(upTo)),
                text("export.pdf.unitMonths"), provinceName, today(), summaryLines(summaries.summary(months, scope)), header, rows,
                units.stream().filter(unit -> unit.late() > 0)
                        .map(unit -> new Export.Listed(unit.code(), unit.name(), unit.parentName(), unit.late())).toList(),
                units.stream().filter(unit -> unit.missing() > 0)
                        .map(unit -> new Export.Listed(unit.code(), unit.name(), unit.parentName(), unit.missing())).toList(),
                text("export.column.months"), marks(months, scope));
    }

    /**
     * The months in which the province's lineage changed, a note each, then, if a unit joined it, what
     * that means for the months before; none for the country or a province that did not change.
     */
    private List<String> marks(MonthRange months, DashboardScope scope) {
        List<String> marks = new ArrayList<>();
        List<LineageMarks.LineageMark> changes = lineageMarks.of(months, scope, VIETNAMESE);
        changes.forEach(mark -> marks.add(text("export.note.lineage", mark.text())));
        if (LineageMarks.anyJoined(changes)) {
            marks.add(text("dashboard.lineage.hint"));
        }
        return marks;
    }

    /** The province's code for file names; null for the whole country. */
    public String provinceCode(YearMonth month, DashboardScope scope) {
        return provinceIn(month, scope).map(UnitRef::code).orElse(null);
    }

    /** The figures as label and value, for the summary sheet and the PDF's table; the rate may be null. */
    private Map<String, Object> summaryLines(MonthSummary summary) {
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

    private List<String> unitColumns() {
        return List.of(text("export.column.code"), text("export.column.name"), text("export.column.level"),
                text("export.column.parent"));
    }

    private List<Object> unitCells(String code, String name, String level, String parentName) {
        return List.of(code, name, text("level." + level), parentName == null ? "" : parentName);
    }

    private static Export.Listed listed(UnitStatus unit) {
        return new Export.Listed(unit.code(), unit.name(), unit.parentName(), null);
    }

    /** The province's name in the month; null for the whole country. */
    private String provinceName(YearMonth month, DashboardScope scope) {
        return provinceIn(month, scope).map(UnitRef::name).orElse(null);
    }

    /**
     * The province a scope is narrowed to, as it was in the month ({@link UnitDirectory#refOf(Long, YearMonth)}:
     * for a month it was not in force in, its nearest version); none for the whole country.
     */
    private Optional<UnitRef> provinceIn(YearMonth month, DashboardScope scope) {
        return unitDirectory.refOf(scope.provinceId(), month);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(properties.timeZone()));
    }

    private static String monthText(YearMonth month) {
        return String.format("%02d/%d", month.getMonthValue(), month.getYear());
    }

    String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, VIETNAMESE);
    }
}
