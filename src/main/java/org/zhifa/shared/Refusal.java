package org.zhifa.shared;

/**
 * A request the domain refuses, with a message for the person who made it: in Chinese, naming the field, file or
 * record and the reason. The kind of refusal is the subclass; how a client hears it is the web layer's business.
 */
public abstract sealed class Refusal extends RuntimeException
        permits InvalidInput, NotFound, StateConflict, NotPermitted, TooLarge, UnsupportedContent, TooManyRequests,
        StorageUnavailable, Unavailable {

    protected Refusal(String message) {
        super(message);
    }

    protected Refusal(String message, Throwable cause) {
        super(message, cause);
    }
}
