package dev.backendlab.phase04.refresh;

/** A refresh token that does not buy a new one, with the reason. */
public class RefreshTokenException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why a refresh token was refused. */
    public enum Reason {
        /** No such token was ever issued (or it was made up). */
        UNKNOWN,
        /** The token was already used once: presumed stolen, its whole family is now revoked. */
        REUSED,
        /** The family was revoked, by a logout or by a detected reuse. */
        REVOKED,
        /** The token was not used within the idle lifetime after it was issued. */
        IDLE_TIMEOUT,
        /** The family is older than the absolute lifetime: the user must log in again. */
        ABSOLUTE_TIMEOUT
    }

    private final Reason reason;

    public RefreshTokenException(Reason reason) {
        super("refresh token refused: " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
