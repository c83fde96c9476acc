package vn.bhxh.tracker.dashboard.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The unit table as CSV (RFC 4180): UTF-8 with a byte-order mark so that Excel reads Vietnamese,
 * commas between fields, CRLF line ends, a field quoted when it holds a comma, quote or line break.
 */
public final class CsvExport {

    private CsvExport() {
    }

    public static void write(Export export, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        line(writer, export.header());
        for (List<Object> row : export.rows()) {
            line(writer, row);
        }
        // the notes after the table, a blank line between: what a reader of the rows must know of them
        if (!export.marks().isEmpty()) {
            writer.write("\r\n");
            for (String mark : export.marks()) {
                line(writer, List.of(mark));
            }
        }
        writer.flush();
    }

    private static void line(Writer writer, List<?> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                writer.write(',');
            }
            writer.write(field(Export.text(cells.get(i))));
        }
        writer.write("\r\n");
    }

    static String field(String value) {
        if (value == null) {
            return "";
        }
        // A leading =, +, -, @, tab or carriage return may make a spreadsheet read a formula: neutralised with a quote.
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }
}
