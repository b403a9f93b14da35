package dev.backendlab.phase02.headers;

/**
 * A header name or value that must not be written: what stops response splitting, where a value
 * holding CR LF ends the header section early and the rest becomes a header (or body) the
 * attacker chose. Node throws {@code ERR_INVALID_CHAR} and {@code ERR_INVALID_HTTP_TOKEN} for the same.
 */
public final class InvalidHeaderException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InvalidHeaderException(String message) {
        super(message);
    }
}
