package org.zhifa.evidence;

import io.minio.ListObjectsArgs;

/** Looks into the object store the way an operator would. */
final class ObjectStorageProbe {

    private final ObjectStorage storage;

    ObjectStorageProbe(ObjectStorage storage) {
        this.storage = storage;
    }

    long stagingObjects() throws Exception {
        long count = 0;
        for (var ignored : storage.client().listObjects(ListObjectsArgs.builder().bucket(storage.stagingBucket())
                .recursive(true).build())) {
            count++;
        }
        return count;
    }
}
