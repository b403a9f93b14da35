package dev.backendlab.phase04.oauth;

/** A login that must not complete, with the reason. The message never holds a secret or a token. */
public class OAuthException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why the login was stopped. */
    public enum Reason {
        /** The callback's {@code state} is missing or not the one this login sent (CSRF on the callback). */
        STATE_MISMATCH,
        /** The provider sent the user back with {@code error=...} (for example access_denied). */
        AUTHORIZATION_DENIED,
        /** The callback has a matching state but no {@code code}. */
        MISSING_CODE,
        /** The token endpoint refused the code exchange, or answered without an ID token. */
        TOKEN_REQUEST_FAILED,
        /** The ID token's signature does not verify with a key of the provider's JWKS. */
        BAD_SIGNATURE,
        /** The ID token's {@code iss} is not the provider's issuer. */
        WRONG_ISSUER,
        /** The ID token's {@code aud} does not contain this client's id. */
        WRONG_AUDIENCE,
        /** The ID token's {@code nonce} is missing or not the one this login sent (replay). */
        NONCE_MISMATCH,
        /** The ID token's {@code exp} is past (beyond the allowed skew). */
        EXPIRED,
        /** The provider's discovery document or JWKS could not be read. */
        PROVIDER_UNAVAILABLE
    }

    private final Reason reason;

    public OAuthException(Reason reason, String detail) {
        this(reason, detail, null);
    }

    public OAuthException(Reason reason, String detail, Throwable cause) {
        super(reason + ": " + detail, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
