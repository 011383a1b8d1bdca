package org.zhifa.shared;

/** The request is well formed but the thing it acts on is not in a state that allows it (already decided, still pending, in use). */
public final class StateConflict extends Refusal {

    public StateConflict(String message) {
        super(message);
    }

    public StateConflict(String message, Throwable cause) {
        super(message, cause);
    }
}
