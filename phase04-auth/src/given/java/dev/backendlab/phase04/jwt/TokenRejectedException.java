package dev.backendlab.phase04.jwt;

/**
 * A token that must not be trusted, with the one reason it was turned away. Each attack gets its
 * own reason, so a test (and a log) can tell an expired token from a forged one.
 */
public class TokenRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why a token was rejected. */
    public enum Reason {
        /** Not three Base64URL parts of JSON, or claims of the wrong type. */
        MALFORMED,
        /** {@code alg} is {@code none}: no signature at all. */
        UNSIGNED,
        /** The signature does not match header and payload under the key the {@code kid} names. */
        BAD_SIGNATURE,
        /** {@code exp} is in the past, beyond the allowed clock skew. */
        EXPIRED,
        /** {@code nbf} is in the future, beyond the allowed clock skew. */
        NOT_YET_VALID,
        /** {@code iss} is missing or not the expected issuer. */
        WRONG_ISSUER,
        /** {@code aud} is missing or does not contain the expected audience. */
        WRONG_AUDIENCE,
        /** {@code alg} is not the algorithm the key is for (for example HS256 with an RSA public key). */
        ALGORITHM_MISMATCH,
        /** {@code kid} is missing, unknown, or names a retired key. */
        UNKNOWN_KEY,
        /** The header carries its own key or key location ({@code jwk}, {@code jku}, {@code x5u}, {@code x5c}). */
        EMBEDDED_KEY
    }

    private final Reason reason;

    public TokenRejectedException(Reason reason, String detail) {
        this(reason, detail, null);
    }

    public TokenRejectedException(Reason reason, String detail, Throwable cause) {
        super(reason + ": " + detail, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
