package org.zhifa.evidence;

/** Reaches the package-private parts of {@link ObjectStorage} that the tests exercise. */
public final class ObjectStorageAccess {

    private ObjectStorageAccess() {
    }

    /** Opens the same bucket again as production does: object lock required. */
    public static void openRequiringLock(ObjectStorage storage) throws Exception {
        new ObjectStorage(storage.client(), storage.bucket(), storage.endpoint()).open(false, true);
    }
}
