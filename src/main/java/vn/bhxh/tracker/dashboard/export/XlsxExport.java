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
 * memory): sheet "Tổng hợp" with the figures, sheet "Đơn vị" with the unit table.
 */
public final class XlsxExport {

    private XlsxExport() {
    }

    public static void write(Export export, String summarySheet, String unitSheet, OutputStream out) throws IOException {
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
            titleRow.createCell(0).setCellValue(export.title());
            titleRow.getCell(0).setCellStyle(header);
            if (export.note() != null) {
                summary.createRow(1).createCell(0).setCellValue(export.note());
            }
            int index = 3;
            for (Map.Entry<String, Object> line : export.summaryLines().entrySet()) {
                Row row = summary.createRow(index++);
                row.createCell(0).setCellValue(line.getKey());
                cell(row, 1, line.getValue(), percent);
            }
            index++;
            for (String mark : export.marks()) {
                summary.createRow(index++).createCell(0).setCellValue(mark);
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
            for (List<Object> cells : export.rows()) {
                Row row = units.createRow(rowIndex++);
                for (int i = 0; i < cells.size(); i++) {
                    cell(row, i, cells.get(i), percent);
                }
            }
            int[] widths = {10, 42, 30, 36, 16, 16, 14, 14, 14, 14, 14, 14};
            for (int i = 0; i < headings.size(); i++) {
                units.setColumnWidth(i, (i < widths.length ? widths[i] : 20) * 256);
            }
            workbook.write(out);
        } finally {
            workbook.close(); // also deletes SXSSF's temporary files
        }
    }

    /** A number as a number (a percentage with one decimal), text as text, nothing for null or "". */
    private static void cell(Row row, int column, Object value, CellStyle percent) {
        if (value instanceof Integer count) {
            row.createCell(column).setCellValue(count);
        } else if (value instanceof Number number) {
            row.createCell(column).setCellValue(number.doubleValue());
            row.getCell(column).setCellStyle(percent);
        } else if (value != null && !value.toString().isEmpty()) {
            row.createCell(column).setCellValue(value.toString());
        }
    }
}
