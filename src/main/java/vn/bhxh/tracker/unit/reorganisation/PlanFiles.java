package vn.bhxh.tracker.unit.reorganisation;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import vn.bhxh.tracker.system.PlainText;

/**
 * Reads a plan's lines from an uploaded file: a CSV (UTF-8, a byte order mark allowed, comma- or
 * semicolon-separated, quotes as RFC 4180 writes them) or the first sheet of an Excel workbook (.xlsx),
 * each with a header row naming the columns {@link PlanLine#COLUMNS} in any order, then one line per
 * row; blank rows are skipped. Everything is bounded: at most {@value #MAX_BYTES} bytes uploaded,
 * {@value #MAX_LINES} lines, {@value #MAX_CELL} characters a cell. A workbook is read as a stream
 * (POI's SAX reader over a temporary copy, with POI's checks against zip bombs and a bound on what
 * each part inflates to), never loaded whole. A file refused says why ({@link PlanFileRefusedException}).
 */
final class PlanFiles {

    static final int MAX_BYTES = 2 * 1024 * 1024;
    static final int MAX_LINES = 5000;
    static final int MAX_CELL = 1000;
    /** What one part of a workbook (its sheet, its shared strings) may inflate to: far above 5,000 rows. */
    static final long MAX_INFLATED_PART = 32L * 1024 * 1024;

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final Pattern INTEGRAL = Pattern.compile("-?\\d+\\.0");

    private PlanFiles() {
    }

    /**
     * The lines of an uploaded plan.
     *
     * @param filename the name the browser gave it: {@code .csv} or {@code .xlsx} decides how it is read
     * @param size     its size as uploaded
     */
    static List<PlanLine> read(String filename, long size, InputStream content) {
        String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT).strip();
        boolean csv = name.endsWith(".csv");
        if (!csv && !name.endsWith(".xlsx")) {
            throw new PlanFileRefusedException("type");
        }
        if (size <= 0) {
            throw new PlanFileRefusedException("empty");
        }
        if (size > MAX_BYTES) {
            throw new PlanFileRefusedException("tooBig", "2 MB");
        }
        try {
            return csv ? readCsv(content) : readXlsx(content);
        } catch (IOException unreadable) {
            throw new PlanFileRefusedException("unreadable");
        }
    }

    // CSV

    private static List<PlanLine> readCsv(InputStream content) throws IOException {
        Reader text = new BufferedReader(new InputStreamReader(new Bounded(content, MAX_BYTES), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
        Rows rows = new Rows();
        try {
            CsvRecords records = new CsvRecords(text);
            for (List<String> record = records.next(); record != null; record = records.next()) {
                if (rows.header == null && !record.isEmpty()) {
                    // a byte order mark is the first character of the first cell
                    record.set(0, record.get(0).replace("\uFEFF", ""));
                }
                rows.add(records.row(), record);
            }
        } catch (CharacterCodingException notUtf8) {
            throw new PlanFileRefusedException("encoding");
        }
        return rows.lines();
    }

    /** RFC 4180 records: separated by commas (or semicolons, when the header has those and no comma). */
    private static final class CsvRecords {

        private final Reader text;
        private char separator;
        private int row;
        private int nextRow = 1;

        CsvRecords(Reader text) {
            this.text = text;
        }

        /** The file row (from 1) on which the last record returned started. */
        int row() {
            return row;
        }

        /** The next record's cells, or null at the end of the file. */
        List<String> next() throws IOException {
            row = nextRow;
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            boolean any = false;
            int c;
            while ((c = text.read()) != -1) {
                any = true;
                if (quoted) {
                    if (c == '"') {
                        text.mark(1);
                        if (text.read() == '"') {
                            cell.append('"');
                        } else {
                            text.reset();
                            quoted = false;
                        }
                    } else {
                        if (c == '\n') {
                            nextRow++;
                        }
                        append(cell, c);
                    }
                } else if (c == '"' && cell.isEmpty()) {
                    quoted = true;
                } else if (c == '\r' || c == '\n') {
                    if (c == '\r') {
                        text.mark(1);
                        if (text.read() != '\n') {
                            text.reset();
                        }
                    }
                    nextRow++;
                    cells.add(cell.toString());
                    return cells;
                } else if (isSeparator((char) c)) {
                    cells.add(cell.toString());
                    cell.setLength(0);
                } else {
                    append(cell, c);
                }
            }
            if (!any) {
                return null;
            }
            cells.add(cell.toString());
            return cells;
        }

        private boolean isSeparator(char c) {
            if (separator == 0 && (c == ',' || c == ';')) {
                // decided by the header's first separator
                separator = c;
            }
            return c == separator;
        }

        private void append(StringBuilder cell, int c) {
            if (cell.length() >= MAX_CELL) {
                throw new PlanFileRefusedException("cellTooLong", row, MAX_CELL);
            }
            cell.append((char) c);
        }
    }

    // XLSX

    private static List<PlanLine> readXlsx(InputStream content) throws IOException {
        byte[] start = content.readNBytes(ZIP.length);
        if (!Arrays.equals(start, ZIP)) {
            throw new PlanFileRefusedException("notXlsx");
        }
        Path copy = Files.createTempFile("reorganisation-plan", ".xlsx");
        try {
            try (InputStream whole = new Bounded(new SequenceInputStream(new ByteArrayInputStream(start), content), MAX_BYTES)) {
                Files.copy(whole, copy, StandardCopyOption.REPLACE_EXISTING);
            }
            return readWorkbook(copy);
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    private static List<PlanLine> readWorkbook(Path file) throws IOException {
        OPCPackage workbook;
        try {
            workbook = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (OpenXML4JException | RuntimeException notXlsx) {
            throw new PlanFileRefusedException("notXlsx");
        }
        try {
            XSSFReader reader = new XSSFReader(workbook);
            ReadOnlySharedStringsTable strings = sharedStrings(workbook);
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            Rows rows = new Rows();
            if (sheets.hasNext()) {
                try (InputStream sheet = new Bounded(sheets.next(), MAX_INFLATED_PART)) {
                    XMLReader parser = XMLHelper.newXMLReader();
                    // no styles: each cell's text as written (a number as its digits), no formatting
                    parser.setContentHandler(new XSSFSheetXMLHandler(null, strings, new SheetRows(rows), false));
                    parser.parse(new InputSource(sheet));
                }
            }
            return rows.lines();
        } catch (PlanFileRefusedException refused) {
            throw refused;
        } catch (IOException failed) {
            // POI refuses an entry that inflates over a hundred times its size ("Zip bomb detected"), Bounded a part too large
            boolean bomb = failed instanceof TooLarge || String.valueOf(failed.getMessage()).contains("Zip bomb");
            throw new PlanFileRefusedException(bomb ? "bomb" : "notXlsx");
        } catch (SAXException | ParserConfigurationException | OpenXML4JException | RuntimeException broken) {
            if (broken.getCause() instanceof PlanFileRefusedException refused) {
                throw refused;
            }
            throw new PlanFileRefusedException("notXlsx");
        } finally {
            workbook.revert();
        }
    }

    private static ReadOnlySharedStringsTable sharedStrings(OPCPackage workbook) throws IOException, SAXException {
        List<PackagePart> parts = workbook.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (parts.isEmpty()) {
            return new ReadOnlySharedStringsTable(InputStream.nullInputStream());
        }
        try (InputStream stream = new Bounded(parts.get(0).getInputStream(), MAX_INFLATED_PART)) {
            return new ReadOnlySharedStringsTable(stream);
        }
    }

    /** A sheet's rows as POI's SAX handler reports them, into {@link Rows}. */
    private static final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final Rows rows;
        private final List<String> cells = new ArrayList<>();
        private int row;

        SheetRows(Rows rows) {
            this.rows = rows;
        }

        @Override
        public void startRow(int rowNum) {
            row = rowNum + 1;
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            rows.add(row, new ArrayList<>(cells));
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = new CellReference(reference).getCol();
            while (cells.size() <= column) {
                cells.add("");
            }
            // no styles are read: a number comes as written in the sheet, POI's own as "42.0", Excel's as "42"
            String text = value == null ? "" : INTEGRAL.matcher(value).matches() ? value.substring(0, value.length() - 2) : value;
            if (text.length() > MAX_CELL) {
                throw new PlanFileRefusedException("cellTooLong", row, MAX_CELL);
            }
            cells.set(column, text);
        }
    }

    // both

    /** Rows of a file: the first one not blank is the header, the others lines. */
    private static final class Rows {

        private Map<String, Integer> header;
        private final List<PlanLine> lines = new ArrayList<>();

        void add(int row, List<String> cells) {
            if (cells.stream().allMatch(String::isBlank)) {
                return;
            }
            if (header == null) {
                header = headerOf(cells);
                return;
            }
            String[] values = new String[PlanLine.COLUMNS.length];
            for (int i = 0; i < values.length; i++) {
                int at = header.get(PlanLine.COLUMNS[i]);
                values[i] = at < cells.size() ? cells.get(at) : "";
                PlainText.Fault fault = PlainText.firstFault(values[i], false);
                if (fault != null) {
                    throw new PlanFileRefusedException("controlCharacter", row, PlanLine.COLUMNS[i], fault.code());
                }
                if (values[i].length() > MAX_CELL) {
                    throw new PlanFileRefusedException("cellTooLong", row, MAX_CELL);
                }
            }
            for (int i = 0; i < cells.size(); i++) {
                if (!header.containsValue(i) && !cells.get(i).isBlank()) {
                    throw new PlanFileRefusedException("extraCell", row);
                }
            }
            if (lines.size() == MAX_LINES) {
                throw new PlanFileRefusedException("tooManyLines", MAX_LINES);
            }
            lines.add(PlanLine.of(lines.size() + 1, values));
        }

        private static Map<String, Integer> headerOf(List<String> cells) {
            Map<String, Integer> columns = new HashMap<>();
            for (int i = 0; i < cells.size(); i++) {
                String name = cells.get(i).strip().toLowerCase(Locale.ROOT);
                if (name.isEmpty()) {
                    continue;
                }
                if (!Arrays.asList(PlanLine.COLUMNS).contains(name) || columns.put(name, i) != null) {
                    throw new PlanFileRefusedException("header", String.join(",", PlanLine.COLUMNS));
                }
            }
            if (columns.size() != PlanLine.COLUMNS.length) {
                throw new PlanFileRefusedException("header", String.join(",", PlanLine.COLUMNS));
            }
            return columns;
        }

        List<PlanLine> lines() {
            if (header == null) {
                throw new PlanFileRefusedException("header", String.join(",", PlanLine.COLUMNS));
            }
            if (lines.isEmpty()) {
                throw new PlanFileRefusedException("noLines");
            }
            return lines;
        }
    }

    /** A stream that refuses to give more than its limit (an upload, or what a workbook's part inflates to). */
    private static final class Bounded extends FilterInputStream {

        private long left;

        Bounded(InputStream in, long limit) {
            super(in);
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            count(Math.max(read, 0));
            return read;
        }

        private void count(int read) throws IOException {
            left -= read;
            if (left < 0) {
                throw new TooLarge();
            }
        }
    }

    private static final class TooLarge extends IOException {

        TooLarge() {
            super("more than allowed");
        }
    }
}
