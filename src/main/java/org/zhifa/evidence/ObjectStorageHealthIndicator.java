package org.zhifa.evidence;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

import io.minio.BucketExistsArgs;

/** Object storage is up when the evidence bucket answers; details say whether the store enforces object lock. */
@Component
class ObjectStorageHealthIndicator extends AbstractHealthIndicator {

    private final ObjectStorage storage;

    ObjectStorageHealthIndicator(ObjectStorage storage) {
        this.storage = storage;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        boolean exists = storage.client().bucketExists(BucketExistsArgs.builder().bucket(storage.bucket()).build());
        (exists ? builder.up() : builder.down())
                .withDetail("endpoint", storage.endpoint())
                .withDetail("bucket", storage.bucket())
                .withDetail("objectLock", storage.objectLock());
    }
}
