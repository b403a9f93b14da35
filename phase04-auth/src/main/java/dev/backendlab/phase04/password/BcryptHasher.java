package dev.backendlab.phase04.password;

import dev.backendlab.grader.NotImplementedYetException;
import java.security.SecureRandom;
import org.bouncycastle.crypto.generators.OpenBSDBCrypt;

/**
 * bcrypt through Bouncy Castle's {@link OpenBSDBCrypt}, stored in the modular crypt format
 * {@code $2b$<cost>$<22 chars salt><31 chars hash>}.
 *
 * <p>bcrypt reads at most 72 bytes of password and the library silently ignores the rest, so two
 * long passwords sharing their first 72 bytes would be the same password. This hasher refuses them
 * instead ({@link PasswordTooLongException}), and never reports a match for one.
 *
 * <p>A stored hash is malformed ({@link MalformedHashException}) unless it is {@code $2a$}, {@code $2b$}
 * or {@code $2y$}, two cost digits in 04..31, {@code $}, and 53 characters of {@code ./A-Za-z0-9}.
 */
public final class BcryptHasher implements PasswordHasher {

    /** OWASP asks for a cost of at least 10; 12 is a common production value. */
    public static final int DEFAULT_COST = 12;
    public static final int MAX_PASSWORD_BYTES = 72;

    public BcryptHasher() {
        // TODO this(DEFAULT_COST, new SecureRandom())
    }

    /**
     * @param cost log2 of the rounds, 4 to 31; tests use 4 to stay fast
     * @throws IllegalArgumentException if {@code cost} is outside 4..31
     */
    public BcryptHasher(int cost, SecureRandom random) {
        // TODO refuse a cost outside 4..31 with an IllegalArgumentException, then keep cost and
        //  random in final fields
    }

    /** @throws PasswordTooLongException if the password is over 72 bytes in UTF-8 */
    @Override
    public String hash(char[] password) {
        // TODO count the UTF-8 bytes (not the chars), refuse over MAX_PASSWORD_BYTES,
        //  then OpenBSDBCrypt.generate("2b", password, a 16-byte random salt, cost)
        throw new NotImplementedYetException("hash a password with bcrypt", "Exercise 1: Password hashing");
    }

    /** A password over 72 bytes never matches: it could only match by its truncation. */
    @Override
    public boolean verify(char[] password, String storedHash) {
        // TODO check the stored format first, then the length, then OpenBSDBCrypt.checkPassword
        throw new NotImplementedYetException("verify a password against a bcrypt hash", "Exercise 1: Password hashing");
    }

    /** True when the stored hash is not {@code $2b$} or its cost is not this hasher's. */
    @Override
    public boolean needsRehash(String storedHash) {
        // TODO read the version and the cost out of the stored hash
        throw new NotImplementedYetException("decide whether a bcrypt hash needs rehashing", "Exercise 1: Password hashing");
    }
}
