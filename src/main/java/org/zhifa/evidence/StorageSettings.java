package org.zhifa.evidence;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where evidence objects live.
 *
 * @param embedded          start an S3-compatible server inside the JVM (default profile, tests)
 * @param embeddedDir       where the embedded server keeps objects on disk
 * @param embeddedTransient keep objects in memory instead (tests only: the store never frees memory)
 * @param endpoint          the S3 endpoint when not embedded, e.g. {@code http://minio:9000}
 * @param accessKey         access key; for the embedded server, empty: it makes its own on the first start
 * @param secretKey         secret key
 * @param bucket            the evidence bucket, created at start-up if missing
 */
@ConfigurationProperties("zhifa.storage")
public record StorageSettings(@DefaultValue("true") boolean embedded, Path embeddedDir,
        @DefaultValue("false") boolean embeddedTransient, String endpoint, String accessKey, String secretKey,
        @DefaultValue("zhifa-evidence") String bucket) {
}
