package org.zhifa.evidence;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Hashes as it streams and fails at the end, rather than finish a body that changed between the two reads. */
final class VerifyingStream extends FilterInputStream {

    private final MessageDigest digest;
    private final String key;
    private final String expected;

    VerifyingStream(InputStream in, String key, String expected) throws NoSuchAlgorithmException {
        super(in);
        this.digest = MessageDigest.getInstance("SHA-256");
        this.key = key;
        this.expected = expected;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b < 0) {
            end();
        } else {
            digest.update((byte) b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int read = super.read(buffer, offset, length);
        if (read < 0) {
            end();
        } else {
            digest.update(buffer, offset, read);
        }
        return read;
    }

    private void end() throws IOException {
        String actual = HexFormat.of().formatHex(digest.digest());
        if (!actual.equalsIgnoreCase(expected)) {
            throw new ObjectStorage.ContentChangedException(key, expected, actual);
        }
    }
}
