package dev.backendlab.phase02.parser;

/**
 * The bytes received are not an acceptable HTTP/1.1 request. The server answers with
 * {@link #status()} and closes the connection: after a framing error nothing that follows on the
 * connection can be trusted.
 */
public final class HttpParseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ParseError error;

    public HttpParseException(ParseError error, String detail) {
        super(error.status() + " " + error.reason() + ": " + detail);
        this.error = error;
    }

    public ParseError error() {
        return error;
    }

    /** The status code to answer with. */
    public int status() {
        return error.status();
    }
}
