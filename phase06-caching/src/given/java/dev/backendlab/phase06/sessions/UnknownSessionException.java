package dev.backendlab.phase06.sessions;

/** The session id names no live session: never created, expired, destroyed or revoked. */
public class UnknownSessionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnknownSessionException(String sessionId) {
        super("no live session " + sessionId);
    }
}
