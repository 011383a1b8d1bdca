package org.zhifa.directory;

/** A directory lookup or check that fails; the message names the certificate, user or agency and says why. */
public class DirectoryException extends RuntimeException {

    public DirectoryException(String message) {
        super(message);
    }
}
