package dev.backendlab.phase04.session;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Cookie values the client can read but not change: {@code value.signature}, the signature an
 * HMAC-SHA256 of the value under a server secret (what cookie-parser's signed cookies do).
 */
public final class SignedCookies {

    private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();

    private final byte[] secret;

    /**
     * @param secret the server's key, at least 32 bytes
     * @throws IllegalArgumentException if {@code secret} is shorter than 32 bytes
     */
    public SignedCookies(byte[] secret) {
        if (secret.length < 32) {
            throw new IllegalArgumentException("the secret must be at least 32 bytes");
        }
        this.secret = secret.clone();
    }

    /** {@code value + "." + Base64URL(HMAC-SHA256(secret, UTF-8 bytes of value))}, without padding. */
    public String sign(String value) {
        return value + "." + B64URL.encodeToString(mac(value));
    }

    /**
     * The value, if {@code signed} is a value and its signature under this secret; empty for anything
     * else (no '.', a changed value, a changed or truncated signature, another secret). The signature
     * starts after the last '.'; it is compared in constant time.
     */
    public Optional<String> unsign(String signed) {
        int dot = signed == null ? -1 : signed.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String value = signed.substring(0, dot);
        byte[] expected = B64URL.encode(mac(value));
        byte[] presented = signed.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, presented) ? Optional.of(value) : Optional.empty();
    }

    private byte[] mac(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
