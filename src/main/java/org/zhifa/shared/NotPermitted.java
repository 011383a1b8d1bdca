package org.zhifa.shared;

/** The caller's role or part in the case does not allow this action (RM22). */
public final class NotPermitted extends Refusal {

    public NotPermitted(String message) {
        super(message);
    }

    public NotPermitted(String message, Throwable cause) {
        super(message, cause);
    }
}
