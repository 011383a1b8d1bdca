package org.zhifa.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.minio.GetObjectRetentionArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.errors.ErrorResponseException;
import io.minio.messages.Retention;
import io.minio.messages.RetentionMode;

/**
 * RM23 in production: the evidence bucket is created with object lock, every original gets compliance-mode retention
 * that is only ever extended (RM21: to the dossier's), and a bucket without object lock stops the server. Against a
 * real S3-compatible server that implements object lock — Adobe S3Mock, run in a JVM of its own from the jar Maven
 * fetches (S3Proxy, the embedded store of the other tests, has no object lock) — through the MinIO SDK.
 */
class ObjectLockTest {

    private static Process server;
    private static MinioClient client;
    private static String endpoint;

    @BeforeAll
    static void startServer() throws Exception {
        String jar = System.getProperty("zhifa.test.s3-server-jar", "target/s3-server/s3mock-exec.jar");
        assertThat(Path.of(jar)).as("S3Mock jar, copied by the maven-dependency-plugin in generate-test-resources; "
                + "run the tests with mvn").exists();
        int http = freePort();
        int https = freePort();
        Path store = Files.createTempDirectory("zhifa-s3mock");
        Path log = Path.of(jar).resolveSibling("s3mock.log");
        server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx192m",
                "-jar", jar, "--server.port=" + https, "--com.adobe.testing.s3mock.http-port=" + http,
                "--com.adobe.testing.s3mock.store.root=" + store, "--spring.main.banner-mode=off",
                "--logging.level.root=warn")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        endpoint = "http://localhost:" + http;
        awaitUp(log);
        client = MinioClient.builder().endpoint(endpoint).credentials("zhifa", "zhifa-secret").region("us-east-1")
                .build();
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server != null) {
            server.destroy();
            if (!server.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    @Test
    void theProductionBucketIsCreatedLockedAndOriginalsGetComplianceRetention() throws Exception {
        ObjectStorage storage = new ObjectStorage(client, "zhifa-evidence-locked", endpoint, 6);
        storage.open(true, true);
        assertThat(storage.objectLock()).isTrue();

        String key = put(storage.bucket(), "sha256/original", "现场照片");
        storage.protect(key);
        Retention retention = retention(storage.bucket(), key);
        assertThat(retention.mode()).isEqualTo(RetentionMode.COMPLIANCE);
        assertThat(retention.retainUntilDate()).isCloseTo(ZonedDateTime.now().plusYears(6), within(1, ChronoUnit.DAYS));

        storage.retain(key, 30);
        assertThat(retention(storage.bucket(), key).retainUntilDate()).as("marked as evidence: the dossier's retention")
                .isCloseTo(ZonedDateTime.now().plusYears(30), within(1, ChronoUnit.DAYS));
        storage.retain(key, 6);
        assertThat(retention(storage.bucket(), key).retainUntilDate()).as("never shortened")
                .isCloseTo(ZonedDateTime.now().plusYears(30), within(1, ChronoUnit.DAYS));

        ObjectStorage reopened = new ObjectStorage(client, "zhifa-evidence-locked", endpoint, 6);
        reopened.open(true, true);
        assertThat(reopened.objectLock()).as("an existing locked bucket is recognised on the next start").isTrue();
    }

    @Test
    void aBucketWithoutObjectLockStopsTheServerInProductionWithTheReason() throws Exception {
        client.makeBucket(MakeBucketArgs.builder().bucket("zhifa-evidence-plain").build());

        assertThatThrownBy(() -> new ObjectStorage(client, "zhifa-evidence-plain", endpoint, 6).open(true, true))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("zhifa-evidence-plain")
                .hasMessageContaining("未启用对象锁定");

        ObjectStorage elsewhere = new ObjectStorage(client, "zhifa-evidence-plain", endpoint, 6);
        elsewhere.open(true, false);
        assertThat(elsewhere.objectLock()).as("outside prod it runs, with a warning").isFalse();
        String key = put(elsewhere.bucket(), "sha256/unlocked", "文书");
        elsewhere.protect(key);
        assertThatThrownBy(() -> retention(elsewhere.bucket(), key)).isInstanceOf(ErrorResponseException.class);
    }

    private static String put(String bucket, String key, String text) throws Exception {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        client.putObject(PutObjectArgs.builder().bucket(bucket).object(key)
                .stream(new ByteArrayInputStream(bytes), bytes.length, -1).build());
        return key;
    }

    private static Retention retention(String bucket, String key) throws Exception {
        return client.getObjectRetention(GetObjectRetentionArgs.builder().bucket(bucket).object(key).build());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void awaitUp(Path log) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new IllegalStateException("S3Mock exited: " + tail(log));
            }
            try {
                http.send(HttpRequest.newBuilder(URI.create(endpoint + "/")).build(),
                        HttpResponse.BodyHandlers.discarding());
                return;
            } catch (IOException notYet) {
                Thread.sleep(250);
            }
        }
        throw new IllegalStateException("S3Mock did not start within 90 s: " + tail(log));
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    }
}
