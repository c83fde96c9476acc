package vn.bhxh.tracker.evidence;

import java.io.EOFException;
import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What an uploaded file is, judged by its content (its first bytes, and for containers their
 * directory), never by its name; and the name it is kept under, whose extension says what it is.
 * Every check reads a bounded number of bytes: the first 16, a ZIP's last 64 KB and its central
 * directory (never an inflated entry, except the first 100 bytes of an OpenDocument {@code mimetype}),
 * an OLE2 file's header and directory sectors.
 */
final class EvidenceFiles {

    static final String FALLBACK_NAME = "tai-lieu";
    static final int MAX_NAME_LENGTH = 150;

    static final String PDF_TYPE = "application/pdf";
    static final String WORD = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String EXCEL = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String POWERPOINT = "application/vnd.openxmlformats-officedocument.presentationml.presentation";

    private static final byte[] PDF = ascii("%PDF-");
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] GIF87 = ascii("GIF87a");
    private static final byte[] GIF89 = ascii("GIF89a");
    private static final byte[] RIFF = ascii("RIFF");
    private static final byte[] WEBP = ascii("WEBP");
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final String OPEN_DOCUMENT = "application/vnd.oasis.opendocument.";

    /**
     * The extensions that name each accepted type, the usual one first: a file keeps its own
     * extension if it is one of these, and otherwise gets the first.
     */
    private static final Map<String, List<String>> EXTENSIONS = Map.ofEntries(
            Map.entry(PDF_TYPE, List.of("pdf")),
            Map.entry("image/png", List.of("png")),
            Map.entry("image/jpeg", List.of("jpg", "jpeg")),
            Map.entry("image/gif", List.of("gif")),
            Map.entry("image/webp", List.of("webp")),
            Map.entry("application/msword", List.of("doc", "dot")),
            Map.entry("application/vnd.ms-excel", List.of("xls", "xlt")),
            Map.entry("application/vnd.ms-powerpoint", List.of("ppt", "pps", "pot")),
            Map.entry(WORD, List.of("docx", "dotx")),
            Map.entry(EXCEL, List.of("xlsx", "xltx")),
            Map.entry(POWERPOINT, List.of("pptx", "ppsx", "potx")),
            Map.entry(OPEN_DOCUMENT + "text", List.of("odt")),
            Map.entry(OPEN_DOCUMENT + "text-template", List.of("ott")),
            Map.entry(OPEN_DOCUMENT + "spreadsheet", List.of("ods")),
            Map.entry(OPEN_DOCUMENT + "spreadsheet-template", List.of("ots")),
            Map.entry(OPEN_DOCUMENT + "presentation", List.of("odp")),
            Map.entry(OPEN_DOCUMENT + "presentation-template", List.of("otp")),
            Map.entry(OPEN_DOCUMENT + "graphics", List.of("odg")),
            Map.entry(OPEN_DOCUMENT + "graphics-template", List.of("otg")),
            Map.entry(OPEN_DOCUMENT + "formula", List.of("odf")),
            Map.entry(OPEN_DOCUMENT + "chart", List.of("odc")));

    /** What can stand as an extension to replace: a letter, then up to four letters or digits ("exe", "mp4"; not "2026"). */
    private static final Pattern EXTENSION = Pattern.compile("\\.([A-Za-z][A-Za-z0-9]{0,4})$");

    private EvidenceFiles() {
    }

    /**
     * An accepted file's type; for a ZIP container also its entries and declared size once inflated.
     */
    record Detected(String contentType, int entries, long inflatedSize) {

        static Detected plain(String contentType) {
            return new Detected(contentType, 0, 0);
        }
    }

    /**
     * The type of an accepted kind of file: PDF, PNG, JPEG, GIF, WebP, Office (OOXML and the older
     * OLE2 formats, told apart by their streams) and OpenDocument. Anything else (programs, web pages,
     * plain ZIP archives, installers, text) is empty, whatever its name says.
     *
     * @param content  the whole file, read only where this method looks
     * @param fileName the sanitised name, only to tell apart the encrypted OOXML formats, which share one container
     * @throws ZipCentralDirectory.TooLargeException for a ZIP container beyond the archive limits (a zip bomb)
     */
    static Optional<Detected> detect(SeekableByteChannel content, String fileName, EvidenceProperties.Archive limits)
            throws IOException, ZipCentralDirectory.TooLargeException {
        byte[] head = Channels.read(content, 0, 16);
        if (startsWith(head, 0, PDF)) {
            return Optional.of(Detected.plain(PDF_TYPE));
        }
        if (startsWith(head, 0, PNG)) {
            return Optional.of(Detected.plain("image/png"));
        }
        if (startsWith(head, 0, JPEG)) {
            return Optional.of(Detected.plain("image/jpeg"));
        }
        if (startsWith(head, 0, GIF87) || startsWith(head, 0, GIF89)) {
            return Optional.of(Detected.plain("image/gif"));
        }
        if (startsWith(head, 0, RIFF) && startsWith(head, 8, WEBP)) {
            return Optional.of(Detected.plain("image/webp"));
        }
        try {
            if (startsWith(head, 0, OLE2)) {
                return legacyOfficeType(Ole2Directory.streamNames(content), fileName).map(Detected::plain);
            }
            if (startsWith(head, 0, ZIP)) {
                return zipType(content, limits);
            }
        } catch (EOFException | ZipCentralDirectory.NotAZipException broken) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * Word, Excel or PowerPoint by the stream each keeps its text in; an encrypted OOXML file (one
     * {@code EncryptedPackage} stream) by its name, since nothing else can be read without the password.
     */
    private static Optional<String> legacyOfficeType(Set<String> streams, String fileName) {
        if (streams.stream().anyMatch(EvidenceFiles::isMacroStorage)) {
            return Optional.empty();
        }
        if (streams.contains("WordDocument")) {
            return Optional.of("application/msword");
        }
        if (streams.contains("Workbook") || streams.contains("Book")) {
            return Optional.of("application/vnd.ms-excel");
        }
        if (streams.contains("PowerPoint Document")) {
            return Optional.of("application/vnd.ms-powerpoint");
        }
        if (streams.contains("EncryptedPackage")) {
            String extension = extensionOf(fileName);
            return Stream.of(WORD, EXCEL, POWERPOINT).filter(type -> EXTENSIONS.get(type).contains(extension)).findFirst();
        }
        return Optional.empty();
    }

    /**
     * Macros (Visual Basic for Applications) would run on the reviewers' computers: a document that
     * carries them is not accepted, in the older formats ({@code Macros}, {@code _VBA_PROJECT…}) as
     * in OOXML ({@code vbaProject.bin}, see {@link #zipType}).
     */
    private static boolean isMacroStorage(String name) {
        return name.equals("Macros") || name.startsWith("_VBA_PROJECT");
    }

    /** OOXML: a [Content_Types].xml entry and a word/, xl/ or ppt/ part; OpenDocument: its mimetype entry. */
    private static Optional<Detected> zipType(SeekableByteChannel content, EvidenceProperties.Archive limits)
            throws IOException, ZipCentralDirectory.TooLargeException, ZipCentralDirectory.NotAZipException {
        ZipCentralDirectory.Listing listing = ZipCentralDirectory.read(content, limits);
        boolean contentTypes = false;
        String ooxml = null;
        for (ZipCentralDirectory.Entry entry : listing.entries()) {
            String name = entry.name();
            if (name.toLowerCase(Locale.ROOT).endsWith("vbaproject.bin")) {
                return Optional.empty();
            }
            if (name.equals("mimetype")) {
                String mimetype = new String(ZipCentralDirectory.start(content, entry, 100), StandardCharsets.US_ASCII).trim();
                if (mimetype.startsWith(OPEN_DOCUMENT) && EXTENSIONS.containsKey(mimetype)) {
                    return Optional.of(new Detected(mimetype, listing.entries().size(), listing.inflatedSize()));
                }
            } else if (name.equals("[Content_Types].xml")) {
                contentTypes = true;
            } else if (ooxml == null && name.startsWith("word/")) {
                ooxml = WORD;
            } else if (ooxml == null && name.startsWith("xl/")) {
                ooxml = EXCEL;
            } else if (ooxml == null && name.startsWith("ppt/")) {
                ooxml = POWERPOINT;
            }
        }
        return contentTypes && ooxml != null
                ? Optional.of(new Detected(ooxml, listing.entries().size(), listing.inflatedSize()))
                : Optional.empty();
    }

    /**
     * The name with an extension that agrees with the content: kept when it already does
     * ("Ảnh.JPEG"), otherwise its extension replaced ("poly.exe" with a PDF inside becomes "poly.pdf")
     * or, where it has none, added ("Quyết định 12.2026" becomes "Quyết định 12.2026.pdf").
     */
    static String nameFor(String name, String contentType) {
        List<String> extensions = EXTENSIONS.getOrDefault(contentType, List.of());
        if (extensions.isEmpty() || extensions.contains(extensionOf(name))) {
            return name;
        }
        Matcher extension = EXTENSION.matcher(name);
        String base = extension.find() ? name.substring(0, extension.start()) : name;
        return shorten(base + "." + extensions.get(0));
    }

    /** The extension in lower case, or empty. */
    private static String extensionOf(String name) {
        Matcher extension = EXTENSION.matcher(name == null ? "" : name);
        return extension.find() ? extension.group(1).toLowerCase(Locale.ROOT) : "";
    }

    /**
     * The name a file is kept and offered under: without any folder (of either kind of slash),
     * control or invisible formatting characters, or characters that no file system takes; with
     * Vietnamese letters kept; at most 150 characters, keeping the extension; never empty.
     */
    static String sanitiseName(String original) {
        if (original == null) {
            return FALLBACK_NAME;
        }
        String name = Normalizer.normalize(original, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder kept = new StringBuilder();
        name.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            if (type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                    || type == Character.PRIVATE_USE || type == Character.UNASSIGNED) {
                return;
            }
            if ("<>:\"|?*".indexOf(cp) >= 0) {
                kept.append('_');
            } else if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                kept.append(' ');
            } else {
                kept.appendCodePoint(cp);
            }
        });
        name = kept.toString().replaceAll(" {2,}", " ");
        // no hidden files, no "." or "..", nothing that ends in a dot or a space
        name = name.replaceAll("^[. ]+", "").replaceAll("[. ]+$", "");
        name = shorten(name);
        return name.isEmpty() ? FALLBACK_NAME : name;
    }

    private static String shorten(String name) {
        if (name.codePointCount(0, name.length()) <= MAX_NAME_LENGTH) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
        String base = extension.isEmpty() ? name : name.substring(0, dot);
        int keep = MAX_NAME_LENGTH - extension.codePointCount(0, extension.length());
        base = base.substring(0, base.offsetByCodePoints(0, keep)).replaceAll("[. ]+$", "");
        return base + extension;
    }

    /** A plain-ASCII stand-in for the name, for clients that do not read RFC 5987's filename*. */
    static String asciiName(String name) {
        String plain = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("[^\\x20-\\x7E]", "_")
                .replace('"', '_').replace('\\', '_');
        return plain.isBlank() ? FALLBACK_NAME : plain;
    }

    private static boolean startsWith(byte[] content, int offset, byte[] prefix) {
        return content.length >= offset + prefix.length
                && Arrays.equals(content, offset, offset + prefix.length, prefix, 0, prefix.length);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
