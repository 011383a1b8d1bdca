package org.zhifa.disclosure;

/** A disclosure request refused: the HTTP status it deserves and a message naming the field and the reason. */
public class DisclosureException extends RuntimeException {

    private final int status;

    public DisclosureException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
