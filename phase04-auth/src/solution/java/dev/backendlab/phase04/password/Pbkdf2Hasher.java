package dev.backendlab.phase04.password;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Map;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

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

    private final int iterations;
    private final SecureRandom random;

    /** The production setting: {@link #DEFAULT_ITERATIONS}. */
    public Pbkdf2Hasher() {
        this(DEFAULT_ITERATIONS, new SecureRandom());
    }

    /**
     * @param iterations the work factor for new hashes; tests use small values to stay fast
     * @throws IllegalArgumentException if {@code iterations} is outside 1..{@link #MAX_ITERATIONS}
     */
    public Pbkdf2Hasher(int iterations, SecureRandom random) {
        if (iterations < 1 || iterations > MAX_ITERATIONS) {
            throw new IllegalArgumentException("iterations must be in 1.." + MAX_ITERATIONS);
        }
        this.iterations = iterations;
        this.random = random;
    }

    /**
     * PBKDF2 with HMAC-SHA256 (RFC 8018 section 5.2), the password encoded as UTF-8.
     *
     * @return {@code keyBytes} bytes of derived key
     */
    public static byte[] pbkdf2(char[] password, byte[] salt, int iterations, int keyBytes) {
        try {
            PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, keyBytes * 8);
            try {
                return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            } finally {
                spec.clearPassword();
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no PBKDF2WithHmacSHA256", e);
        }
    }

    @Override
    public String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = pbkdf2(password, salt, iterations, HASH_BYTES);
        return new PhcString(ID, Map.of("i", Integer.toString(iterations)), salt, hash).format();
    }

    @Override
    public boolean verify(char[] password, String storedHash) {
        PhcString stored = read(storedHash);
        byte[] actual = pbkdf2(password, stored.salt(), iterationsOf(stored), stored.hash().length);
        return MessageDigest.isEqual(actual, stored.hash());
    }

    @Override
    public boolean needsRehash(String storedHash) {
        PhcString stored = read(storedHash);
        return iterationsOf(stored) != iterations
                || stored.salt().length != SALT_BYTES
                || stored.hash().length != HASH_BYTES;
    }

    private static PhcString read(String storedHash) {
        PhcString stored = PhcString.parse(storedHash);
        if (!ID.equals(stored.id())) {
            throw new MalformedHashException("expected algorithm " + ID + ", found " + stored.id());
        }
        if (!stored.params().keySet().equals(java.util.Set.of("i"))) {
            throw new MalformedHashException(ID + " takes exactly one parameter, i");
        }
        if (stored.salt().length == 0 || stored.hash().length < 16 || stored.hash().length > 64) {
            throw new MalformedHashException("salt must not be empty and the hash must be 16 to 64 bytes");
        }
        iterationsOf(stored);
        return stored;
    }

    private static int iterationsOf(PhcString stored) {
        String value = stored.params().get("i");
        if (!value.matches("[1-9][0-9]{0,8}") || Integer.parseInt(value) > MAX_ITERATIONS) {
            throw new MalformedHashException("i must be an integer in 1.." + MAX_ITERATIONS);
        }
        return Integer.parseInt(value);
    }
}
