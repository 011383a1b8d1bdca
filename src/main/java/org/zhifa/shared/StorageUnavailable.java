package org.zhifa.shared;

/** The object store did not answer or refused; nothing was stored. */
public final class StorageUnavailable extends Refusal {

    public StorageUnavailable(String message) {
        super(message);
    }

    public StorageUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
