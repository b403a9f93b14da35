package dev.backendlab.phase03.query;

import dev.backendlab.phase03.catalogue.ApiException;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * An opaque, signed pagination cursor: "continue after the book with this id". The client gets a
 * string it cannot read or forge; the server gets the id back, and knows the client did not make it up.
 */
public final class SignedCursor {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final byte[] key;

    /** @param key the HMAC-SHA256 key; a cursor made with another key is rejected */
    public SignedCursor(byte[] key) {
        this.key = key.clone();
    }

    /** A URL-safe string (no {@code +}, {@code /} or {@code =}) that names {@code lastId} and carries its signature. */
    public String encode(long lastId) {
        byte[] payload = ByteBuffer.allocate(Long.BYTES).putLong(lastId).array();
        return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(sign(payload));
    }

    /**
     * The id a cursor made by {@link #encode} names.
     *
     * @throws ApiException 400 for anything else: garbage, a changed character, another key's cursor
     */
    public long decode(String cursor) {
        int dot = cursor.indexOf('.');
        if (dot < 0) {
            throw invalid();
        }
        try {
            byte[] payload = DECODER.decode(cursor.substring(0, dot));
            byte[] signature = DECODER.decode(cursor.substring(dot + 1));
            // Constant time: a byte-by-byte early exit would tell an attacker how much of a guess was right.
            if (payload.length != Long.BYTES || !MessageDigest.isEqual(sign(payload), signature)) {
                throw invalid();
            }
            return ByteBuffer.wrap(payload).getLong();
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    private byte[] sign(byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static ApiException invalid() {
        return new ApiException(400, "the cursor is not one this server issued; start again without a cursor");
    }
}
