package org.zhifa.shared;

/** An upload or value exceeds the size the server accepts. */
public final class TooLarge extends Refusal {

    public TooLarge(String message) {
        super(message);
    }

    public TooLarge(String message, Throwable cause) {
        super(message, cause);
    }
}
