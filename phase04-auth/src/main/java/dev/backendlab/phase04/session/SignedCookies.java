package dev.backendlab.phase04.session;

import dev.backendlab.grader.NotImplementedYetException;
import java.util.Optional;

/**
 * Cookie values the client can read but not change: {@code value.signature}, the signature an
 * HMAC-SHA256 of the value under a server secret (what cookie-parser's signed cookies do).
 */
public final class SignedCookies {

    /**
     * @param secret the server's key, at least 32 bytes
     * @throws IllegalArgumentException if {@code secret} is shorter than 32 bytes
     */
    public SignedCookies(byte[] secret) {
        // TODO refuse a secret under 32 bytes with an IllegalArgumentException, then keep a copy
        //  (secret.clone()) in a final field
    }

    /** {@code value + "." + Base64URL(HMAC-SHA256(secret, UTF-8 bytes of value))}, without padding. */
    public String sign(String value) {
        // TODO Mac.getInstance("HmacSHA256") over the value's UTF-8 bytes, Base64URL without padding
        throw new NotImplementedYetException("sign a cookie value", "Exercise 4: Cookies and sessions");
    }

    /**
     * The value, if {@code signed} is a value and its signature under this secret; empty for anything
     * else (no '.', a changed value, a changed or truncated signature, another secret). The signature
     * starts after the last '.'; it is compared in constant time.
     */
    public Optional<String> unsign(String signed) {
        // TODO split at the last '.', recompute the signature of the value, compare with MessageDigest.isEqual
        throw new NotImplementedYetException("check a signed cookie value", "Exercise 4: Cookies and sessions");
    }
}
