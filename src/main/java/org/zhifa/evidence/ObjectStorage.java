package org.zhifa.evidence;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.minio.BucketExistsArgs;
import io.minio.GetObjectArgs;
import io.minio.GetObjectLockConfigurationArgs;
import io.minio.GetObjectRetentionArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.SetObjectRetentionArgs;
import io.minio.StatObjectArgs;
import io.minio.messages.Retention;
import io.minio.messages.RetentionMode;
import io.minio.errors.ErrorResponseException;

/**
 * The evidence bucket. Created with object lock where the store offers it (MinIO in production), so that the store
 * itself refuses to delete or overwrite an original (RM23); where it does not (the embedded store), the server's own
 * guarantees remain: no delete path, content-addressed keys, hashes verified. Which of the two holds is reported,
 * never assumed.
 */
public class ObjectStorage {

    /** Objects up to this size are read once, verified, and served from memory. */
    private static final int IN_MEMORY = 8 * 1024 * 1024;

    private static final Logger log = LoggerFactory.getLogger(ObjectStorage.class);

    private final MinioClient client;
    private final String bucket;
    private final String endpoint;
    private final int retentionYears;
    private boolean objectLock;

    ObjectStorage(MinioClient client, String bucket, String endpoint) {
        this(client, bucket, endpoint, 30);
    }

    ObjectStorage(MinioClient client, String bucket, String endpoint, int retentionYears) {
        this.client = client;
        this.bucket = bucket;
        this.endpoint = endpoint;
        this.retentionYears = retentionYears;
    }

    /**
     * Creates the bucket if missing, with object lock unless the store is known not to offer it, and finds out
     * whether the bucket has object lock.
     */
    void open(boolean offersObjectLock, boolean requireObjectLock) throws Exception {
        if (!client.bucketExists(BucketExistsArgs.builder().bucket(bucket).build())) {
            create(offersObjectLock);
        }
        if (!client.bucketExists(BucketExistsArgs.builder().bucket(stagingBucket()).build())) {
            client.makeBucket(MakeBucketArgs.builder().bucket(stagingBucket()).build());
        }
        objectLock = offersObjectLock && readObjectLock();
        if (objectLock) {
            log.info("证据存储桶 {}（{}）已启用对象锁定", bucket, endpoint);
        } else if (requireObjectLock) {
            throw new IllegalStateException("证据存储桶 " + bucket + "（" + endpoint
                    + "）未启用对象锁定（object lock）：生产环境中原始记录必须由存储本身防止删除和覆盖（RM23）。请以对象锁定方式创建该存储桶。");
        } else {
            log.warn("证据存储桶 {}（{}）不支持对象锁定；原始记录由本系统保护：无删除接口、按内容寻址、哈希校验", bucket, endpoint);
        }
    }

    private void create(boolean offersObjectLock) throws Exception {
        if (!offersObjectLock) {
            client.makeBucket(MakeBucketArgs.builder().bucket(bucket).build());
            return;
        }
        try {
            client.makeBucket(MakeBucketArgs.builder().bucket(bucket).objectLock(true).build());
        } catch (ErrorResponseException e) {
            if (e.response() == null || e.response().code() != 501) {
                throw e;
            }
            client.makeBucket(MakeBucketArgs.builder().bucket(bucket).build());
        }
    }

    private boolean readObjectLock() throws Exception {
        try {
            return client.getObjectLockConfiguration(GetObjectLockConfigurationArgs.builder().bucket(bucket).build())
                    != null;
        } catch (ErrorResponseException e) {
            int status = e.response() == null ? 0 : e.response().code();
            String code = e.errorResponse() == null ? "" : e.errorResponse().code();
            String message = e.errorResponse() == null || e.errorResponse().message() == null ? ""
                    : e.errorResponse().message();
            // MinIO and S3 answer 404 ObjectLockConfigurationNotFoundError; others 400 "missing Object Lock
            // Configuration"; stores without the feature 501
            if (status == 501 || status == 404 || code.contains("ObjectLockConfigurationNotFound")
                    || status == 400 && message.toLowerCase(java.util.Locale.ROOT).contains("object lock")) {
                return false;
            }
            throw e;
        }
    }

    /** Where uploads land until their hash is known; never locked, emptied as each upload ends. */
    public String stagingBucket() {
        return bucket + "-incoming";
    }

    /** Whether an object exists in the evidence bucket. */
    public boolean exists(String key) throws Exception {
        try {
            client.statObject(StatObjectArgs.builder().bucket(bucket).object(key).build());
            return true;
        } catch (ErrorResponseException e) {
            if (e.response() != null && e.response().code() == 404
                    || e.errorResponse() != null && "NoSuchKey".equals(e.errorResponse().code())) {
                return false;
            }
            throw e;
        }
    }

    /**
     * Sets compliance-mode retention on a newly placed original where the store enforces it (RM23). The embedded
     * store has no object lock; there the server's own rules (no delete path, content addresses, hashes) protect it.
     */
    void protect(String key) throws Exception {
        retain(key, retentionYears);
    }

    /**
     * Extends an original's compliance retention to {@code years} from now, where the store enforces it; never
     * shortens it (the same bytes may be evidence of another case, kept for the dossier).
     */
    void retain(String key, int years) throws Exception {
        if (!objectLock) {
            return;
        }
        ZonedDateTime until = ZonedDateTime.now(ZoneOffset.UTC).plusYears(years).truncatedTo(ChronoUnit.SECONDS);
        ZonedDateTime current = retainedUntil(key);
        if (current == null || current.isBefore(until)) {
            client.setObjectRetention(SetObjectRetentionArgs.builder().bucket(bucket).object(key)
                    .config(new Retention(RetentionMode.COMPLIANCE, until)).build());
        }
    }

    /** Until when the store keeps an object locked; null when it has no retention. */
    ZonedDateTime retainedUntil(String key) throws Exception {
        try {
            Retention retention = client.getObjectRetention(GetObjectRetentionArgs.builder().bucket(bucket).object(key)
                    .build());
            return retention == null ? null : retention.retainUntilDate();
        } catch (ErrorResponseException e) {
            String code = e.errorResponse() == null ? "" : e.errorResponse().code();
            String message = e.errorResponse() == null || e.errorResponse().message() == null ? ""
                    : e.errorResponse().message().toLowerCase(java.util.Locale.ROOT);
            // S3 and MinIO: NoSuchObjectLockConfiguration; other stores say so in the message only
            if (code.contains("NoSuchObjectLockConfiguration") || message.contains("objectlock configuration")) {
                return null;
            }
            throw e;
        }
    }

    /**
     * Opens a stored original only after its bytes have been hashed and match what was recorded at intake (RM23,
     * RM24.4): a changed object is never served. A small object is read once and served from memory; a large one is
     * read twice, and the second read is checked again as it streams.
     *
     * @throws ContentChangedException if the bytes no longer match the recorded SHA-256
     */
    public InputStream openVerified(String key, String sha256) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        ByteArrayOutputStream small = new ByteArrayOutputStream();
        try (InputStream in = client.getObject(GetObjectArgs.builder().bucket(bucket).object(key).build())) {
            byte[] buffer = new byte[64 * 1024];
            for (int read; (read = in.read(buffer)) > 0;) {
                digest.update(buffer, 0, read);
                if (small != null) {
                    small.write(buffer, 0, read);
                    if (small.size() > IN_MEMORY) {
                        small = null;
                    }
                }
            }
        }
        String actual = HexFormat.of().formatHex(digest.digest());
        if (!actual.equalsIgnoreCase(sha256)) {
            throw new ContentChangedException(key, sha256, actual);
        }
        if (small != null) {
            return new ByteArrayInputStream(small.toByteArray());
        }
        return new VerifyingStream(client.getObject(GetObjectArgs.builder().bucket(bucket).object(key).build()), key,
                sha256);
    }

    /** The object's bytes differ from the SHA-256 recorded when it was stored. */
    public static final class ContentChangedException extends IOException {

        private final String key;

        ContentChangedException(String key, String expected, String actual) {
            super("存储中的对象 " + key + " 已被改动：SHA-256 应为 " + expected + "，实为 " + actual);
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    /**
     * Stores a record the server must keep unaltered (a signed checkpoint), with compliance retention where the store
     * has object lock.
     */
    public void putProtected(String key, byte[] content, String contentType) throws Exception {
        client.putObject(io.minio.PutObjectArgs.builder().bucket(bucket).object(key)
                .stream(new ByteArrayInputStream(content), content.length, -1).contentType(contentType).build());
        protect(key);
    }

    /** The keys of the evidence bucket's objects under a prefix. */
    public java.util.List<String> keys(String prefix) throws Exception {
        java.util.List<String> keys = new java.util.ArrayList<>();
        for (var result : client.listObjects(io.minio.ListObjectsArgs.builder().bucket(bucket).prefix(prefix)
                .recursive(true).build())) {
            keys.add(result.get().objectName());
        }
        return keys;
    }

    /** An object's bytes, read whole (small objects only: checkpoints). */
    public byte[] read(String key) throws Exception {
        try (InputStream in = client.getObject(GetObjectArgs.builder().bucket(bucket).object(key).build())) {
            return in.readAllBytes();
        }
    }

    public MinioClient client() {
        return client;
    }

    public String bucket() {
        return bucket;
    }

    public String endpoint() {
        return endpoint;
    }

    /** Whether the store itself enforces retention on this bucket. */
    public boolean objectLock() {
        return objectLock;
    }
}
