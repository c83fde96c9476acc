package vn.bhxh.tracker.evidence;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.util.Arrays;

/** Reading given parts of a file, never more: what the content checks use to look inside containers. */
final class Channels {

    private Channels() {
    }

    /** Up to {@code length} bytes from {@code position}; fewer at the end of the file. */
    static byte[] read(SeekableByteChannel channel, long position, int length) throws IOException {
        if (position < 0 || position >= channel.size() || length <= 0) {
            return new byte[0];
        }
        ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(length, channel.size() - position));
        channel.position(position);
        while (buffer.hasRemaining() && channel.read(buffer) > 0) {
            // read until full or at the end
        }
        return buffer.hasRemaining() ? Arrays.copyOf(buffer.array(), buffer.position()) : buffer.array();
    }

    /** Reads a range of a file front to back through a small buffer; running past the range is an {@link EOFException}. */
    static final class Reader {

        private static final int BUFFER = 8192;

        private final SeekableByteChannel channel;
        private final long end;
        private long position;
        private byte[] buffer = new byte[0];
        private int offset;

        Reader(SeekableByteChannel channel, long start, long length) {
            this.channel = channel;
            this.position = start;
            this.end = start + length;
        }

        byte[] next(int length) throws IOException {
            byte[] result = new byte[length];
            int filled = 0;
            while (filled < length) {
                if (offset == buffer.length) {
                    refill();
                }
                int n = Math.min(length - filled, buffer.length - offset);
                System.arraycopy(buffer, offset, result, filled, n);
                offset += n;
                filled += n;
            }
            return result;
        }

        void skip(long length) throws IOException {
            long buffered = Math.min(length, buffer.length - offset);
            offset += (int) buffered;
            long rest = length - buffered;
            if (rest > end - position) {
                throw new EOFException("past the end of the range");
            }
            position += rest;
        }

        private void refill() throws IOException {
            int length = (int) Math.min(BUFFER, end - position);
            buffer = length > 0 ? read(channel, position, length) : new byte[0];
            if (buffer.length == 0) {
                throw new EOFException("past the end of the range");
            }
            position += buffer.length;
            offset = 0;
        }
    }
}
