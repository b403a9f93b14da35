package dev.backendlab.phase04.password;

import dev.backendlab.grader.NotImplementedYetException;
import java.security.SecureRandom;

/**
 * PBKDF2-HMAC-SHA256 from the JDK, stored as {@code $pbkdf2-sha256$i=<iterations>$<salt>$<hash>}.
 *
 * <p>{@link #verify} and {@link #needsRehash} throw {@link MalformedHashException} for a stored hash
 * that is not a {@link PhcString}, names another algorithm, has parameters other than exactly
 * {@code i}, an {@code i} that is not a decimal integer in 1..{@link #MAX_ITERATIONS}, an empty
 * salt, or a hash outside 16..64 bytes. Otherwise verify uses the stored iterations and hash length.
 *
 * <p>Start with {@link #pbkdf2}, then {@link #hash}, {@link #verify} and {@link #needsRehash}.
 */
public final class Pbkdf2Hasher implements PasswordHasher {

    /** The PHC id this hasher writes and reads. */
    public static final String ID = "pbkdf2-sha256";
    /** OWASP Password Storage Cheat Sheet: 600,000 iterations for PBKDF2-HMAC-SHA256. */
    public static final int DEFAULT_ITERATIONS = 600_000;
    /** Stored hashes asking for more are refused: a corrupt or planted row must not stall a login. */
    public static final int MAX_ITERATIONS = 10_000_000;
    public static final int SALT_BYTES = 16;
    public static final int HASH_BYTES = 32;

    /** The production setting: {@link #DEFAULT_ITERATIONS}. */
    public Pbkdf2Hasher() {
        // TODO this(DEFAULT_ITERATIONS, new SecureRandom())
    }

    /**
     * @param iterations the work factor for new hashes; tests use small values to stay fast
     * @throws IllegalArgumentException if {@code iterations} is outside 1..{@link #MAX_ITERATIONS}
     */
    public Pbkdf2Hasher(int iterations, SecureRandom random) {
        // TODO refuse iterations outside 1..MAX_ITERATIONS with an IllegalArgumentException, then
        //  keep iterations and random in final fields
    }

    /**
     * PBKDF2 with HMAC-SHA256 (RFC 8018 section 5.2), the password encoded as UTF-8.
     *
     * @return {@code keyBytes} bytes of derived key
     */
    public static byte[] pbkdf2(char[] password, byte[] salt, int iterations, int keyBytes) {
        // TODO SecretKeyFactory "PBKDF2WithHmacSHA256" with a PBEKeySpec (its key length is in bits)
        throw new NotImplementedYetException("derive a key with PBKDF2-HMAC-SHA256", "Exercise 1: Password hashing");
    }

    @Override
    public String hash(char[] password) {
        // TODO a random salt of SALT_BYTES, pbkdf2 with this hasher's iterations, formatted as a PhcString
        throw new NotImplementedYetException("hash a password with PBKDF2", "Exercise 1: Password hashing");
    }

    @Override
    public boolean verify(char[] password, String storedHash) {
        // TODO read the stored PhcString, check id and parameters, recompute with ITS iterations and length, compare with MessageDigest.isEqual
        throw new NotImplementedYetException("verify a password against a PBKDF2 hash", "Exercise 1: Password hashing");
    }

    @Override
    public boolean needsRehash(String storedHash) {
        // TODO true when the stored iterations, salt length or hash length differ from this hasher's
        throw new NotImplementedYetException("decide whether a PBKDF2 hash needs rehashing", "Exercise 1: Password hashing");
    }
}
