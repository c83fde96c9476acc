package vn.bhxh.tracker.dashboard.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The export as an Excel workbook, written row by row (SXSSF keeps only a window of rows in
 * memory): sheet "Tổng hợp" with the month's figures, sheet "Đơn vị" with the unit table.
 */
public final class XlsxExport {

    private XlsxExport() {
    }

    /** The summary sheet's lines: label and value (a number, or a percentage as a number). */
    public static void write(MonthExport export, Map<String, Object> summaryLines, String summarySheet,
                             String unitSheet, String title, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try {
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            CellStyle percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.0"));

            Sheet summary = workbook.createSheet(summarySheet);
            Row titleRow = summary.createRow(0);
            titleRow.createCell(0).setCellValue(title);
            titleRow.getCell(0).setCellStyle(header);
            int index = 2;
            for (Map.Entry<String, Object> line : summaryLines.entrySet()) {
                Row row = summary.createRow(index++);
                row.createCell(0).setCellValue(line.getKey());
                Object value = line.getValue();
                if (value instanceof Number number) {
                    row.createCell(1).setCellValue(number.doubleValue());
                    if (!(value instanceof Integer)) {
                        row.getCell(1).setCellStyle(percent);
                    }
                } else {
                    row.createCell(1).setCellValue(value == null ? "" : value.toString());
                }
            }
            summary.setColumnWidth(0, 40 * 256);
            summary.setColumnWidth(1, 14 * 256);

            Sheet units = workbook.createSheet(unitSheet);
            List<String> headings = export.header();
            Row headerRow = units.createRow(0);
            for (int i = 0; i < headings.size(); i++) {
                headerRow.createCell(i).setCellValue(headings.get(i));
                headerRow.getCell(i).setCellStyle(header);
            }
            units.createFreezePane(0, 1);
            int rowIndex = 1;
            for (MonthExport.Row unit : export.rows()) {
                Row row = units.createRow(rowIndex++);
                List<String> cells = unit.cells();
                for (int i = 0; i < cells.size(); i++) {
                    if (i == MonthExport.DONE_COLUMN || i == MonthExport.APPLICABLE_COLUMN) {
                        Integer number = i == MonthExport.DONE_COLUMN ? unit.done() : unit.applicable();
                        if (number != null) {
                            row.createCell(i).setCellValue(number);
                        }
                    } else if (!cells.get(i).isEmpty()) {
                        row.createCell(i).setCellValue(cells.get(i));
                    }
                }
            }
            int[] widths = {10, 42, 30, 36, 16, 16, 14, 14};
            for (int i = 0; i < headings.size(); i++) {
                units.setColumnWidth(i, (i < widths.length ? widths[i] : 20) * 256);
            }
            workbook.write(out);
        } finally {
            workbook.close(); // also deletes SXSSF's temporary files
        }
    }
}
