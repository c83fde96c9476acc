package vn.bhxh.tracker.evidence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * What an uploaded file is, judged by its content (its first bytes, and for ZIP containers the
 * entries inside), never by its name; and the name it is kept under.
 */
public final class EvidenceFiles {

    static final String FALLBACK_NAME = "tai-lieu";
    static final int MAX_NAME_LENGTH = 150;
    private static final int MAX_ZIP_ENTRIES = 10_000;

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

    private EvidenceFiles() {
    }

    /**
     * The content type of an accepted kind of file: PDF, PNG, JPEG, GIF, WebP, Office (OOXML and
     * the older OLE2 formats) and OpenDocument. Anything else (programs, web pages, plain ZIP
     * archives, text) is empty, whatever its name says.
     *
     * @param content  the whole file
     * @param fileName the sanitised name, only to tell apart the older Office formats, which share one container
     */
    public static Optional<String> detectType(byte[] content, String fileName) {
        if (startsWith(content, 0, PDF)) {
            return Optional.of("application/pdf");
        }
        if (startsWith(content, 0, PNG)) {
            return Optional.of("image/png");
        }
        if (startsWith(content, 0, JPEG)) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(content, 0, GIF87) || startsWith(content, 0, GIF89)) {
            return Optional.of("image/gif");
        }
        if (startsWith(content, 0, RIFF) && startsWith(content, 8, WEBP)) {
            return Optional.of("image/webp");
        }
        if (startsWith(content, 0, OLE2)) {
            return Optional.of(legacyOfficeType(fileName));
        }
        if (startsWith(content, 0, ZIP)) {
            return zipType(content);
        }
        return Optional.empty();
    }

    private static String legacyOfficeType(String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".doc")) {
            return "application/msword";
        }
        if (name.endsWith(".xls")) {
            return "application/vnd.ms-excel";
        }
        if (name.endsWith(".ppt")) {
            return "application/vnd.ms-powerpoint";
        }
        return "application/x-ole-storage";
    }

    /** OOXML: a [Content_Types].xml entry and a word/, xl/ or ppt/ part; OpenDocument: its mimetype entry. */
    private static Optional<String> zipType(byte[] content) {
        boolean contentTypes = false;
        String ooxml = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            int seen = 0;
            while ((entry = zip.getNextEntry()) != null && seen++ < MAX_ZIP_ENTRIES) {
                String name = entry.getName();
                if (name.equals("mimetype")) {
                    String mimetype = new String(zip.readNBytes(100), StandardCharsets.US_ASCII).trim();
                    if (mimetype.startsWith(OPEN_DOCUMENT) && mimetype.matches("[a-z0-9.+/-]+")) {
                        return Optional.of(mimetype);
                    }
                } else if (name.equals("[Content_Types].xml")) {
                    contentTypes = true;
                } else if (ooxml == null && name.startsWith("word/")) {
                    ooxml = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
                } else if (ooxml == null && name.startsWith("xl/")) {
                    ooxml = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
                } else if (ooxml == null && name.startsWith("ppt/")) {
                    ooxml = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
                }
                if (contentTypes && ooxml != null) {
                    return Optional.of(ooxml);
                }
            }
        } catch (IOException | IllegalArgumentException notAZip) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * The name a file is kept and offered under: without any folder (of either kind of slash),
     * control or invisible formatting characters, or characters that no file system takes; with
     * Vietnamese letters kept; at most 150 characters, keeping the extension; never empty.
     */
    public static String sanitiseName(String original) {
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
