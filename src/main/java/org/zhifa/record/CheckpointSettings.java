package org.zhifa.record;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Signed checkpoints of the record ({@link Checkpoints}).
 *
 * @param interval    how often a checkpoint is taken
 * @param keyFile     the Ed25519 private key (PEM, PKCS#8), its public key beside it as {@code <keyFile>.pub}
 * @param generateKey make the key when it is missing (demo only: production brings its own)
 * @param tsaUrl      an RFC 3161 time-stamp authority, or empty for none
 */
@ConfigurationProperties("zhifa.record.checkpoint")
record CheckpointSettings(@DefaultValue("PT1H") Duration interval, Path keyFile,
        @DefaultValue("true") boolean generateKey, URI tsaUrl) {
}
