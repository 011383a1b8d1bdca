package org.zhifa.evidence;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The one pass over an upload: counts the bytes, computes SHA-256, keeps the first bytes for type detection and
 * metadata, and stops a body that grows past the limit.
 */
final class HeadCapture extends FilterInputStream {

    private final MessageDigest digest;
    private final byte[] head;
    private final long limit;
    private int headLength;
    private long count;
    private String sha256;

    HeadCapture(InputStream in, int headBytes, long limit) {
        super(in);
        this.head = new byte[headBytes];
        this.limit = limit;
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            digest.update(buffer, offset, n);
            if (headLength < head.length) {
                int keep = Math.min(n, head.length - headLength);
                System.arraycopy(buffer, offset, head, headLength, keep);
                headLength += keep;
            }
            count += n;
            if (count > limit) {
                throw new TooLargeException(limit);
            }
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        throw new IOException("evidence streams are read whole");
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    /**
     * Reads until the head is full or the body ends.
     *
     * @return whether the whole body is now in the head
     */
    boolean fillHead() throws IOException {
        byte[] chunk = new byte[64 * 1024];
        while (headLength < head.length) {
            if (read(chunk, 0, Math.min(chunk.length, head.length - headLength)) < 0) {
                return true;
            }
        }
        return false;
    }

    /** The head as a stream, without copying it. */
    InputStream headStream() {
        return new ByteArrayInputStream(head, 0, headLength);
    }

    byte[] head() {
        return Arrays.copyOf(head, headLength);
    }

    long count() {
        return count;
    }

    /** The hash of everything read; call it once the body has been read to its end. */
    String sha256() {
        if (sha256 == null) {
            sha256 = HexFormat.of().formatHex(digest.digest());
        }
        return sha256;
    }

    /** The body is larger than the server accepts. */
    static final class TooLargeException extends IOException {
        TooLargeException(long limit) {
            super("上传内容超过 " + limit + " 字节的上限");
        }
    }
}
