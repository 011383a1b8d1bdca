package org.zhifa.shared;

/** The server cannot do this now because of how it is set up (a font, a service it needs); the request was sound. */
public final class Unavailable extends Refusal {

    public Unavailable(String message) {
        super(message);
    }
}
