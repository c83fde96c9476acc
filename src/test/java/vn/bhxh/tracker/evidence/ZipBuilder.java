package vn.bhxh.tracker.evidence;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes ZIP files byte by byte, including what no archiver writes: sizes that lie, directory records
 * that share one entry's bytes, and real deflate bombs built in milliseconds.
 */
final class ZipBuilder {

    static final int STORED = 0;
    static final int DEFLATED = 8;
    private static final long MAX32 = 0xFFFFFFFFL;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final List<byte[]> directory = new ArrayList<>();
    private boolean zip64End;

    /** An entry stored as it is, with its true sizes. */
    ZipBuilder stored(String name, String text) {
        byte[] data = text.getBytes(StandardCharsets.UTF_8);
        CRC32 crc = new CRC32();
        crc.update(data);
        return entry(name, STORED, data, data.length, crc.getValue());
    }

    /** An entry whose directory record says it inflates to {@code declaredSize}, whatever {@code data} holds. */
    ZipBuilder entry(String name, int method, byte[] data, long declaredSize, long crc) {
        long offset = out.size();
        byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
        ByteBuffer local = little(30);
        local.putInt(0x04034b50).putShort((short) 20).putShort((short) 0).putShort((short) method).putInt(0)
                .putInt((int) crc).putInt(data.length).putInt((int) Math.min(declaredSize, MAX32))
                .putShort((short) nameBytes.length).putShort((short) 0);
        out.writeBytes(local.array());
        out.writeBytes(nameBytes);
        out.writeBytes(data);
        return record(name, method, crc, data.length, declaredSize, offset);
    }

    /** One more directory record for bytes already written at {@code offset}: how overlapping bombs are made. */
    ZipBuilder record(String name, int method, long crc, long compressedSize, long declaredSize, long offset) {
        byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
        boolean zip64 = declaredSize >= MAX32;
        byte[] extra = new byte[0];
        if (zip64) {
            extra = little(12).putShort((short) 1).putShort((short) 8).putLong(declaredSize).array();
        }
        ByteBuffer header = little(46);
        header.putInt(0x02014b50).putShort((short) 45).putShort((short) 20).putShort((short) 0).putShort((short) method)
                .putInt(0).putInt((int) crc).putInt((int) compressedSize).putInt(zip64 ? -1 : (int) declaredSize)
                .putShort((short) nameBytes.length).putShort((short) extra.length).putShort((short) 0)
                .putShort((short) 0).putShort((short) 0).putInt(0).putInt((int) offset);
        ByteArrayOutputStream record = new ByteArrayOutputStream();
        record.writeBytes(header.array());
        record.writeBytes(nameBytes);
        record.writeBytes(extra);
        directory.add(record.toByteArray());
        return this;
    }

    /** Writes the ZIP64 end records too, with the 32-bit end record's fields left at 0xFFFF…. */
    ZipBuilder zip64End() {
        this.zip64End = true;
        return this;
    }

    int size() {
        return out.size();
    }

    byte[] build() {
        long directoryOffset = out.size();
        directory.forEach(out::writeBytes);
        long directorySize = out.size() - directoryOffset;
        if (zip64End) {
            long zip64EndOffset = out.size();
            out.writeBytes(little(56).putInt(0x06064b50).putLong(44).putShort((short) 45).putShort((short) 45).putInt(0)
                    .putInt(0).putLong(directory.size()).putLong(directory.size()).putLong(directorySize)
                    .putLong(directoryOffset).array());
            out.writeBytes(little(20).putInt(0x07064b50).putInt(0).putLong(zip64EndOffset).putInt(1).array());
        }
        out.writeBytes(little(22).putInt(0x06054b50).putShort((short) 0).putShort((short) 0)
                .putShort((short) (zip64End ? 0xFFFF : directory.size())).putShort((short) (zip64End ? 0xFFFF : directory.size()))
                .putInt(zip64End ? -1 : (int) directorySize).putInt(zip64End ? -1 : (int) directoryOffset)
                .putShort((short) 0).array());
        return out.toByteArray();
    }

    /**
     * A real deflate stream of {@code megabytes} MB of zeros, about 1 KB per MB: the first megabyte is
     * compressed once, and every further megabyte compresses to the same bytes, which are repeated.
     */
    static byte[] deflatedZeros(int megabytes) {
        byte[] megabyte = new byte[1024 * 1024];
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        byte[] first = deflate(deflater, megabyte);
        byte[] next = deflate(deflater, megabyte);
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        stream.writeBytes(first);
        for (int i = 1; i < megabytes; i++) {
            stream.writeBytes(next);
        }
        deflater.finish();
        byte[] buffer = new byte[1024];
        while (!deflater.finished()) {
            stream.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return stream.toByteArray();
    }

    /** The CRC-32 of that many megabytes of zeros. */
    static long crcOfZeros(int megabytes) {
        CRC32 crc = new CRC32();
        ByteBuffer megabyte = ByteBuffer.allocateDirect(1024 * 1024);
        for (int i = 0; i < megabytes; i++) {
            crc.update(megabyte.clear());
        }
        return crc.getValue();
    }

    /** Compresses the input and flushes to a byte boundary, so that what follows can be appended. */
    private static byte[] deflate(Deflater deflater, byte[] input) {
        deflater.setInput(input);
        ByteArrayOutputStream result = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        int n;
        do {
            n = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
            result.write(buffer, 0, n);
        } while (n == buffer.length);
        return result.toByteArray();
    }

    private static ByteBuffer little(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }
}
