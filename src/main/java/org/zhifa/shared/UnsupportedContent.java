package org.zhifa.shared;

/** A file's content type is not one the step accepts. */
public final class UnsupportedContent extends Refusal {

    public UnsupportedContent(String message) {
        super(message);
    }

    public UnsupportedContent(String message, Throwable cause) {
        super(message, cause);
    }
}
