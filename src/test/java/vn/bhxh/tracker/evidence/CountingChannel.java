package vn.bhxh.tracker.evidence;

import java.nio.ByteBuffer;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.SeekableByteChannel;

/** A file in memory that counts how many of its bytes were read: what proves a check reads little. */
final class CountingChannel implements SeekableByteChannel {

    private final byte[] content;
    private long position;
    private long bytesRead;

    CountingChannel(byte[] content) {
        this.content = content;
    }

    long bytesRead() {
        return bytesRead;
    }

    @Override
    public int read(ByteBuffer target) {
        if (position >= content.length) {
            return -1;
        }
        int n = (int) Math.min(target.remaining(), content.length - position);
        target.put(content, (int) position, n);
        position += n;
        bytesRead += n;
        return n;
    }

    @Override
    public int write(ByteBuffer source) {
        throw new NonWritableChannelException();
    }

    @Override
    public long position() {
        return position;
    }

    @Override
    public SeekableByteChannel position(long newPosition) {
        position = newPosition;
        return this;
    }

    @Override
    public long size() {
        return content.length;
    }

    @Override
    public SeekableByteChannel truncate(long size) {
        throw new NonWritableChannelException();
    }

    @Override
    public boolean isOpen() {
        return true;
    }

    @Override
    public void close() {
    }
}
