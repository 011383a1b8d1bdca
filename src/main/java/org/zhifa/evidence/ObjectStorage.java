package org.zhifa.evidence;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.minio.BucketExistsArgs;
import io.minio.GetObjectLockConfigurationArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.errors.ErrorResponseException;

/**
 * The evidence bucket. Created with object lock where the store offers it (MinIO in production), so that the store
 * itself refuses to delete or overwrite an original (RM23); where it does not (the embedded store), the server's own
 * guarantees remain: no delete path, content-addressed keys, hashes verified. Which of the two holds is reported,
 * never assumed.
 */
public class ObjectStorage {

    private static final Logger log = LoggerFactory.getLogger(ObjectStorage.class);

    private final MinioClient client;
    private final String bucket;
    private final String endpoint;
    private boolean objectLock;

    ObjectStorage(MinioClient client, String bucket, String endpoint) {
        this.client = client;
        this.bucket = bucket;
        this.endpoint = endpoint;
    }

    /**
     * Creates the bucket if missing, with object lock unless the store is known not to offer it, and finds out
     * whether the bucket has object lock.
     */
    void open(boolean offersObjectLock, boolean requireObjectLock) throws Exception {
        if (!client.bucketExists(BucketExistsArgs.builder().bucket(bucket).build())) {
            create(offersObjectLock);
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
            if (status == 501 || status == 404 || code.contains("ObjectLockConfigurationNotFound")) {
                return false;
            }
            throw e;
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
