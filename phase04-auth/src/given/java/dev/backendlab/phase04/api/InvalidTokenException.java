package dev.backendlab.phase04.api;

/**
 * A bearer token the {@link TokenVerifier} refused. Its message is for the server's own eyes:
 * a response never repeats it.
 */
public class InvalidTokenException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidTokenException(String message) {
        super(message);
    }
}
