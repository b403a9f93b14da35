package dev.backendlab.phase03.query;

import dev.backendlab.grader.NotImplementedYetException;
import dev.backendlab.phase03.catalogue.ApiException;

/**
 * An opaque, signed pagination cursor: "continue after the book with this id". The client gets a
 * string it cannot read or forge; the server gets the id back, and knows the client did not make it up.
 */
public final class SignedCursor {

    /** @param key the HMAC-SHA256 key; a cursor made with another key is rejected */
    public SignedCursor(byte[] key) {
        // TODO Keep a copy of key in a final field (key.clone()), so the caller cannot change it afterwards.
    }

    /** A URL-safe string (no {@code +}, {@code /} or {@code =}) that names {@code lastId} and carries its signature. */
    public String encode(long lastId) {
        // TODO Sign the id with HMAC-SHA256 (javax.crypto.Mac) and encode payload and signature with Base64 URL-safe.
        throw new NotImplementedYetException("encode and sign a cursor", "Exercise 2: Query operations");
    }

    /**
     * The id a cursor made by {@link #encode} names.
     *
     * @throws ApiException 400 for anything else: garbage, a changed character, another key's cursor
     */
    public long decode(String cursor) {
        // TODO Split, decode, recompute the signature and compare in constant time (MessageDigest.isEqual); 400 on any doubt.
        throw new NotImplementedYetException("check a cursor's signature and read its id", "Exercise 2: Query operations");
    }
}
