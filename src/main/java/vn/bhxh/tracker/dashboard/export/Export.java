package vn.bhxh.tracker.dashboard.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything an export shows, its labels already in Vietnamese: the figures, one row per unit (the
 * same columns in CSV and Excel), and the units named in the PDF report as late or missing.
 *
 * @param period       the months covered as a phrase for titles: "tháng 09/2021", "từ tháng 01 đến tháng 09 năm 2021"
 * @param fileStem     the months in the file name: "2021-09", "2021-01-den-2021-09"
 * @param title        the summary sheet's heading
 * @param note         how to read the figures, under the heading (a year's: counted in unit-months); null if none
 * @param provinceName the province the export is narrowed to; null for the whole country
 * @param today        the day the export is made, in Vietnam's time (the PDF's date line)
 * @param summaryLines the figures as label and value (an Integer count, a BigDecimal percentage, or null)
 * @param header       the column headings of the unit table
 * @param rows         the unit table in the dashboard's order; cells are strings, Integers, BigDecimals or null
 * @param countColumn  the heading of the PDF lists' month count (a year's export), or null (a month's)
 * @param marks        the months in which the province's lineage changed (a year's export of a province), each a
 *                     sentence with its decision, as notes: under the figures (Excel, PDF) or after the rows (CSV)
 */
public record Export(String period, String fileStem, String title, String note, String provinceName, LocalDate today,
                     Map<String, Object> summaryLines, List<String> header, List<List<Object>> rows,
                     List<Listed> late, List<Listed> missing, String countColumn, List<String> marks) {

    /** A unit named in the report; {@code months} is how many months it concerns (a year's export). */
    public record Listed(String code, String name, String parentName, Integer months) {
    }

    /** An ASCII file name such as {@code chi-thi-2165-2021-09-T02.xlsx}. */
    public String fileName(String provinceCode, String extension) {
        return "chi-thi-2165-" + fileStem
                + (provinceCode == null ? "" : "-" + provinceCode.replaceAll("[^A-Za-z0-9_-]", "")) + "." + extension;
    }

    /** The cell as text for CSV: numbers plain (a dot before decimals), null as empty. */
    static String text(Object cell) {
        if (cell == null) {
            return "";
        }
        return cell instanceof java.math.BigDecimal decimal ? decimal.toPlainString() : cell.toString();
    }
}
