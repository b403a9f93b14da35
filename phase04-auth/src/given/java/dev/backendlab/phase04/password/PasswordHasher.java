package dev.backendlab.phase04.password;

/**
 * Turns a password into a self-describing stored hash, and checks a password against one.
 *
 * <p>A stored hash carries its algorithm, its parameters and its salt, so a hasher configured
 * with stronger parameters can still verify old hashes and tell they need upgrading.
 */
public interface PasswordHasher {

    /** A new stored hash of {@code password}, with a fresh random salt. */
    String hash(char[] password);

    /**
     * Whether {@code password} matches {@code storedHash}, computed with the parameters the stored
     * hash names and compared in constant time.
     *
     * @throws MalformedHashException if {@code storedHash} is not a hash this hasher can read
     */
    boolean verify(char[] password, String storedHash);

    /**
     * Whether {@code storedHash} was made with other parameters than this hasher's, so it should be
     * replaced by a new hash the next time the password is known (at a successful login).
     *
     * @throws MalformedHashException if {@code storedHash} is not a hash this hasher can read
     */
    boolean needsRehash(String storedHash);
}
