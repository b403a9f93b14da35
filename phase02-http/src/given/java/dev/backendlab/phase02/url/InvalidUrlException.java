package dev.backendlab.phase02.url;

/** A request target or query string this server refuses; it answers 400 Bad Request. */
public final class InvalidUrlException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidUrlException(String message) {
        super(message);
    }
}
