package org.zhifa.evidence;

/**
 * An upload or request the evidence module refuses; {@link #status()} is the HTTP status it deserves and the message
 * names the field or file and the reason.
 */
public class EvidenceException extends RuntimeException {

    private final int status;

    public EvidenceException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
