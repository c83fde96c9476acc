package vn.bhxh.tracker.evidence;

import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * What a ZIP container holds, read from its central directory alone (the table of contents at its
 * end), so that judging an Office or OpenDocument file never inflates its entries: a zip bomb is
 * refused by what it declares, after reading its last 64 KB and its directory, whatever it would
 * inflate to. Entries are counted, their declared sizes added up and compared with their compressed
 * sizes as the directory is read, and the reading stops at the first limit crossed.
 */
final class ZipCentralDirectory {

    /** Below this size an entry may compress as well as it likes (a page of spaces compresses 1000:1). */
    static final long RATIO_GRACE_SIZE = 1024 * 1024;

    private static final int END_SIGNATURE = 0x06054b50;
    private static final int END_SIZE = 22;
    private static final int ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
    private static final int ZIP64_END_SIGNATURE = 0x06064b50;
    private static final int ENTRY_SIGNATURE = 0x02014b50;
    private static final int ENTRY_SIZE = 46;
    private static final int LOCAL_SIGNATURE = 0x04034b50;
    private static final int LOCAL_SIZE = 30;
    private static final long MASK32 = 0xFFFFFFFFL;

    /** One entry as the directory declares it. */
    record Entry(String name, int nameLength, int method, long compressedSize, long size, long localHeaderOffset) {
    }

    /** The entries, with their declared total once inflated. */
    record Listing(List<Entry> entries, long inflatedSize) {
    }

    /** The container declares more than the limits allow: a zip bomb, or something built like one. */
    static final class TooLargeException extends Exception {
        TooLargeException(String reason) {
            super(reason, null, false, false);
        }
    }

    /** Not a ZIP container this reader understands (broken, split over disks, or not a ZIP at all). */
    static final class NotAZipException extends Exception {
        NotAZipException(String reason) {
            super(reason, null, false, false);
        }
    }

    private ZipCentralDirectory() {
    }

    static Listing read(SeekableByteChannel zip, EvidenceProperties.Archive limits) throws IOException, TooLargeException, NotAZipException {
        long length = zip.size();
        int tailLength = (int) Math.min(length, END_SIZE + 0xFFFF);
        byte[] tail = Channels.read(zip, length - tailLength, tailLength);
        int end = findEnd(tail);
        if (end < 0) {
            throw new NotAZipException("no end of central directory");
        }
        if (u16(tail, end + 4) != 0 || u16(tail, end + 6) != 0) {
            throw new NotAZipException("split over several disks");
        }
        long count = u16(tail, end + 10);
        long directorySize = u32(tail, end + 12);
        long directoryOffset = u32(tail, end + 16);
        if (count == 0xFFFF || directorySize == MASK32 || directoryOffset == MASK32) {
            long endOffset = length - tailLength + end;
            byte[] zip64End = zip64End(zip, endOffset);
            count = u64(zip64End, 32);
            directorySize = u64(zip64End, 40);
            directoryOffset = u64(zip64End, 48);
        }
        if (count < 0 || directoryOffset < 0 || directorySize < 0) {
            // a ZIP64 field past 2^63: no real archive, only one built to break the reader
            throw new NotAZipException("ZIP64 fields out of range");
        }
        if (count > limits.maxEntries()) {
            throw new TooLargeException(count + " entries");
        }
        if (directoryOffset > length - directorySize) {
            throw new NotAZipException("central directory outside the file");
        }
        List<Entry> entries = new ArrayList<>((int) count);
        long inflated = 0;
        Channels.Reader directory = new Channels.Reader(zip, directoryOffset, directorySize);
        for (long i = 0; i < count; i++) {
            Entry entry = entry(directory);
            if (entry.size() > limits.maxInflatedBytes() - inflated) {
                throw new TooLargeException("inflates to more than " + limits.maxInflatedBytes() + " bytes");
            }
            inflated += entry.size();
            if (entry.size() > RATIO_GRACE_SIZE
                    && (double) entry.size() / Math.max(1, entry.compressedSize()) > limits.maxRatio()) {
                throw new TooLargeException("entry " + entry.name() + " compressed more than " + limits.maxRatio() + ":1");
            }
            entries.add(entry);
        }
        requireApart(entries, directoryOffset);
        return new Listing(List.copyOf(entries), inflated);
    }

    /**
     * The first bytes of an entry (at most {@code max}), inflated if need be from at most a few times
     * as many compressed bytes; for the {@code mimetype} entry of an OpenDocument file.
     */
    static byte[] start(SeekableByteChannel zip, Entry entry, int max) throws IOException, NotAZipException {
        byte[] local = Channels.read(zip, entry.localHeaderOffset(), LOCAL_SIZE);
        if (local.length < LOCAL_SIZE || i32(local, 0) != LOCAL_SIGNATURE) {
            throw new NotAZipException("no local header for " + entry.name());
        }
        long dataOffset = entry.localHeaderOffset() + LOCAL_SIZE + u16(local, 26) + u16(local, 28);
        int available = (int) Math.min(entry.compressedSize(), 64L * max);
        byte[] data = Channels.read(zip, dataOffset, available);
        if (entry.method() == 0) {
            return java.util.Arrays.copyOf(data, Math.min(data.length, max));
        }
        if (entry.method() != 8) {
            throw new NotAZipException("compression method " + entry.method());
        }
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(data);
            byte[] out = new byte[max];
            int n = 0;
            while (n < max && !inflater.finished() && !inflater.needsInput()) {
                int produced = inflater.inflate(out, n, max - n);
                if (produced == 0 && (inflater.needsDictionary() || inflater.needsInput())) {
                    break;
                }
                n += produced;
            }
            return java.util.Arrays.copyOf(out, n);
        } catch (DataFormatException broken) {
            throw new NotAZipException("broken deflate data in " + entry.name());
        } finally {
            inflater.end();
        }
    }

    private static int findEnd(byte[] tail) {
        for (int i = tail.length - END_SIZE; i >= 0; i--) {
            if (i32(tail, i) == END_SIGNATURE && i + END_SIZE + u16(tail, i + 20) <= tail.length) {
                return i;
            }
        }
        return -1;
    }

    private static byte[] zip64End(SeekableByteChannel zip, long endOffset) throws IOException, NotAZipException {
        byte[] locator = endOffset >= 20 ? Channels.read(zip, endOffset - 20, 20) : new byte[0];
        if (locator.length < 20 || i32(locator, 0) != ZIP64_LOCATOR_SIGNATURE) {
            throw new NotAZipException("no ZIP64 locator");
        }
        long offset = u64(locator, 8);
        byte[] record = offset >= 0 && offset < endOffset ? Channels.read(zip, offset, 56) : new byte[0];
        if (record.length < 56 || i32(record, 0) != ZIP64_END_SIGNATURE) {
            throw new NotAZipException("no ZIP64 end of central directory");
        }
        return record;
    }

    private static Entry entry(Channels.Reader directory) throws IOException, NotAZipException {
        byte[] header = directory.next(ENTRY_SIZE);
        if (i32(header, 0) != ENTRY_SIGNATURE) {
            throw new NotAZipException("broken central directory");
        }
        int method = u16(header, 10);
        long compressed = u32(header, 20);
        long size = u32(header, 24);
        int nameLength = u16(header, 28);
        int extraLength = u16(header, 30);
        int commentLength = u16(header, 32);
        long offset = u32(header, 42);
        String name = new String(directory.next(nameLength), StandardCharsets.UTF_8);
        byte[] extra = directory.next(extraLength);
        directory.skip(commentLength);
        if (size == MASK32 || compressed == MASK32 || offset == MASK32) {
            // ZIP64: the real values sit in the extra field 0x0001, only those the header left at 0xFFFFFFFF
            long[] values = zip64Values(extra);
            int next = 0;
            if (size == MASK32) {
                size = value(values, next++);
            }
            if (compressed == MASK32) {
                compressed = value(values, next++);
            }
            if (offset == MASK32) {
                offset = value(values, next);
            }
        }
        if (size < 0 || compressed < 0 || offset < 0) {
            throw new NotAZipException("entry sizes out of range");
        }
        return new Entry(name, nameLength, method, compressed, size, offset);
    }

    private static long[] zip64Values(byte[] extra) throws NotAZipException {
        for (int i = 0; i + 4 <= extra.length; ) {
            int id = u16(extra, i);
            int length = u16(extra, i + 2);
            if (id == 0x0001 && i + 4 + length <= extra.length) {
                long[] values = new long[length / 8];
                for (int v = 0; v < values.length; v++) {
                    values[v] = u64(extra, i + 4 + v * 8);
                }
                return values;
            }
            i += 4 + length;
        }
        throw new NotAZipException("ZIP64 sizes missing");
    }

    private static long value(long[] values, int index) throws NotAZipException {
        if (index >= values.length) {
            throw new NotAZipException("ZIP64 sizes missing");
        }
        return values[index];
    }

    /**
     * Entries must not share bytes: overlapping entries are how a small file declares an enormous
     * content honestly entry by entry (the "non-recursive" zip bomb); no archiver writes them.
     */
    private static void requireApart(List<Entry> entries, long directoryOffset) throws TooLargeException {
        List<Entry> byOffset = new ArrayList<>(entries);
        byOffset.sort(Comparator.comparingLong(Entry::localHeaderOffset));
        for (int i = 0; i < byOffset.size(); i++) {
            Entry entry = byOffset.get(i);
            long end = entry.localHeaderOffset() + LOCAL_SIZE + entry.nameLength() + entry.compressedSize();
            long next = i + 1 < byOffset.size() ? byOffset.get(i + 1).localHeaderOffset() : directoryOffset;
            if (end > next) {
                throw new TooLargeException("entries overlap");
            }
        }
    }

    static int u16(byte[] b, int i) {
        return (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8;
    }

    static int i32(byte[] b, int i) {
        return u16(b, i) | u16(b, i + 2) << 16;
    }

    static long u32(byte[] b, int i) {
        return i32(b, i) & MASK32;
    }

    private static long u64(byte[] b, int i) {
        // a value beyond 2^63 is negative here and refused as out of range
        return u32(b, i) | u32(b, i + 4) << 32;
    }
}
