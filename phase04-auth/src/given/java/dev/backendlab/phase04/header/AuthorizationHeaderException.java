package dev.backendlab.phase04.header;

/**
 * An Authorization header the server refuses, with the response to send: its status and its
 * {@code WWW-Authenticate} challenge. The message is safe to log and to show: it never holds the
 * credentials.
 */
public class AuthorizationHeaderException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String challenge;

    public AuthorizationHeaderException(int status, String challenge, String message) {
        super(message);
        this.status = status;
        this.challenge = challenge;
    }

    /** 400 for malformed credentials, 401 for a scheme the server does not accept. */
    public int status() {
        return status;
    }

    /** The {@code WWW-Authenticate} header value to send with the status. */
    public String challenge() {
        return challenge;
    }
}
