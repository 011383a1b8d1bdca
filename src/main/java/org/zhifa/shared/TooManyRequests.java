package org.zhifa.shared;

/** An anonymous caller asked too often; the limit and when to try again are in the message. */
public final class TooManyRequests extends Refusal {

    public TooManyRequests(String message) {
        super(message);
    }

    public TooManyRequests(String message, Throwable cause) {
        super(message, cause);
    }
}
