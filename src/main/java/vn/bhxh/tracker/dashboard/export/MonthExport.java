package vn.bhxh.tracker.dashboard.export;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import vn.bhxh.tracker.dashboard.MonthSummary;
import vn.bhxh.tracker.dashboard.UnitStatus;

/**
 * Everything an export of a month shows, with its labels already in Vietnamese: the figures, and
 * one row per unit that had to report (the same columns in CSV and Excel).
 *
 * @param provinceName the province the export is narrowed to; null for the whole country
 * @param today        the day the export is made, in Vietnam's time (the PDF's date line)
 * @param header       the column headings of the unit table
 * @param rows         the unit table, one row per unit, in the dashboard's order
 */
public record MonthExport(YearMonth month, String provinceName, LocalDate today, MonthSummary summary,
                          List<String> header, List<Row> rows, List<UnitStatus> late, List<UnitStatus> missing) {

    /** Columns before the per-duty ones: code, name, level, parent, state, timeliness, done, applicable. */
    public static final int FIXED_COLUMNS = 8;
    /** The two numeric columns: duties fully done, applicable duties. */
    public static final int DONE_COLUMN = 6;
    public static final int APPLICABLE_COLUMN = 7;

    /** One unit's row; {@code done} and {@code applicable} are null when it has not submitted. */
    public record Row(String code, String name, String level, String parent, String state, String timeliness,
                      Integer done, Integer applicable, List<String> duties) {

        /** The row as text, in the header's order (empty cells as empty strings). */
        public List<String> cells() {
            List<String> cells = new java.util.ArrayList<>(List.of(code, name, level, parent, state, timeliness,
                    done == null ? "" : done.toString(), applicable == null ? "" : applicable.toString()));
            cells.addAll(duties);
            return cells;
        }
    }

    /** An ASCII file name such as {@code chi-thi-2165-2021-09-T02.xlsx}. */
    public String fileName(String provinceCode, String extension) {
        return "chi-thi-2165-" + month + (provinceCode == null ? "" : "-" + provinceCode.replaceAll("[^A-Za-z0-9_-]", ""))
                + "." + extension;
    }
}
