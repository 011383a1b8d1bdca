package org.zhifa.shared;

/** A value is missing, malformed or out of bounds; the message names the field and what it should be. */
public final class InvalidInput extends Refusal {

    public InvalidInput(String message) {
        super(message);
    }

    public InvalidInput(String message, Throwable cause) {
        super(message, cause);
    }
}
