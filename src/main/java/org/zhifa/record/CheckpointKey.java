package org.zhifa.record;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The key checkpoints are signed with (Ed25519), kept in files outside the database: a PEM private key
 * ({@code openssl genpkey -algorithm ed25519 -out checkpoint.pem}) and its public key beside it ({@code .pub},
 * {@code openssl pkey -in checkpoint.pem -pubout -out checkpoint.pem.pub}). Someone who can rewrite the database
 * cannot sign a checkpoint that covers the rewrite. The demo makes a key under {@code ./data} on its first start.
 */
final class CheckpointKey {

    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    private CheckpointKey(PrivateKey privateKey, PublicKey publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
    }

    /**
     * @param generate whether to make the key when the file is missing (never in production)
     * @throws IllegalStateException naming the file when it is missing or unreadable
     */
    static CheckpointKey load(Path file, boolean generate) {
        Path publicFile = file.resolveSibling(file.getFileName() + ".pub");
        try {
            if (!Files.exists(file)) {
                if (!generate) {
                    throw new IllegalStateException("检查点签名密钥文件 " + file.toAbsolutePath() + " 不存在：请按 README 生成"
                            + "（zhifa.record.checkpoint.key-file）");
                }
                KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
                Files.createDirectories(file.toAbsolutePath().getParent());
                Files.writeString(file, pem("PRIVATE KEY", pair.getPrivate().getEncoded()), StandardCharsets.US_ASCII);
                try {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException notPosix) {
                    // Windows: the data folder's own rights apply
                }
                Files.writeString(publicFile, pem("PUBLIC KEY", pair.getPublic().getEncoded()), StandardCharsets.US_ASCII);
            }
            KeyFactory keys = KeyFactory.getInstance("Ed25519");
            PrivateKey privateKey = keys.generatePrivate(new PKCS8EncodedKeySpec(der(Files.readString(file))));
            PublicKey publicKey = keys.generatePublic(new X509EncodedKeySpec(der(Files.readString(publicFile))));
            return new CheckpointKey(privateKey, publicKey);
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取检查点签名密钥 " + file.toAbsolutePath() + "：" + e.getMessage(), e);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("检查点签名密钥 " + file.toAbsolutePath() + " 不是 Ed25519 PEM 密钥：" + e.getMessage(),
                    e);
        }
    }

    String sign(byte[] message) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initSign(privateKey);
            signature.update(message);
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("checkpoint signing failed", e);
        }
    }

    boolean verify(byte[] message, String signature) {
        try {
            Signature check = Signature.getInstance("Ed25519");
            check.initVerify(publicKey);
            check.update(message);
            return check.verify(Base64.getDecoder().decode(signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** The public key as PEM, for anyone to check a checkpoint. */
    String publicKeyPem() {
        return pem("PUBLIC KEY", publicKey.getEncoded());
    }

    /** The first 16 bytes of the SHA-256 of the public key, in hex. */
    String id() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(publicKey.getEncoded()), 0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + type + "-----\n";
    }

    private static byte[] der(String pem) {
        return Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", "").strip());
    }
}
