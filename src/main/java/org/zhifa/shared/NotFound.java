package org.zhifa.shared;

/** What the request names does not exist (or is not visible to the caller). */
public final class NotFound extends Refusal {

    public NotFound(String message) {
        super(message);
    }

    public NotFound(String message, Throwable cause) {
        super(message, cause);
    }
}
