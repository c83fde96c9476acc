package vn.bhxh.tracker.dashboard;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

import vn.bhxh.tracker.reporting.ReportingPeriodRef;
import vn.bhxh.tracker.unit.UnitRef;

/**
 * One option of a filter's select, ready to write: its value, its label and whether it is the one
 * chosen. The dashboard's month and province selects are made of these, worked out once per page in
 * Java rather than three expressions per option (87 options) in the template.
 */
record Choice(String value, String label, boolean selected) {

    /** How the month select labels a month, e.g. 09/2021 (digits alike in every language). */
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

    /** The recent periods' months, newest first, the one shown chosen. */
    static List<Choice> months(List<ReportingPeriodRef> recent, YearMonth shown) {
        return recent.stream().map(ReportingPeriodRef::month)
                .map(month -> new Choice(month.toString(), MONTH.format(month), month.equals(shown))).toList();
    }

    /** The provincial offices by their ids and names, the one of the scope chosen (none for the whole country). */
    static List<Choice> provinces(List<UnitRef> provinces, Long chosen) {
        return provinces.stream()
                .map(province -> new Choice(String.valueOf(province.id()), province.name(), Objects.equals(province.id(), chosen)))
                .toList();
    }
}
