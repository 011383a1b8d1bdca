package org.zhifa.evidence;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Properties;

/**
 * The keys of the embedded object store, made for this installation on its first start and kept beside the store
 * (readable by the server's user only), never a value shipped with the software: nobody who has the repository can
 * reach another installation's evidence store. A configured pair is used as it is.
 */
record EmbeddedCredentials(String accessKey, String secretKey) {

    private static final SecureRandom RANDOM = new SecureRandom();

    static EmbeddedCredentials of(StorageSettings settings) {
        if (present(settings.accessKey()) && present(settings.secretKey())) {
            return new EmbeddedCredentials(settings.accessKey(), settings.secretKey());
        }
        if (settings.embeddedTransient() || settings.embeddedDir() == null) {
            return generated();
        }
        Path file = settings.embeddedDir().toAbsolutePath().resolveSibling("s3-credentials.properties");
        try {
            if (Files.exists(file)) {
                Properties keys = new Properties();
                try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    keys.load(in);
                }
                return new EmbeddedCredentials(keys.getProperty("access-key"), keys.getProperty("secret-key"));
            }
            EmbeddedCredentials made = generated();
            Files.createDirectories(file.getParent());
            Properties keys = new Properties();
            keys.setProperty("access-key", made.accessKey());
            keys.setProperty("secret-key", made.secretKey());
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                keys.store(out, "keys of the embedded evidence store of this installation; keep them secret");
            }
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the data folder's own rights apply
            }
            return made;
        } catch (IOException e) {
            throw new UncheckedIOException("无法读写内置对象存储的密钥文件 " + file + "：" + e.getMessage(), e);
        }
    }

    private static EmbeddedCredentials generated() {
        return new EmbeddedCredentials("zhifa-" + hex(8), hex(24));
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return HexFormat.of().formatHex(random);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
