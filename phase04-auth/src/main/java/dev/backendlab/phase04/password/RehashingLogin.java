package dev.backendlab.phase04.password;

import dev.backendlab.grader.NotImplementedYetException;

/**
 * A login that upgrades stored hashes: after a successful check, a hash made with older
 * parameters is replaced by a new one, the only moment the plain password is at hand.
 */
public final class RehashingLogin {

    public RehashingLogin(CredentialStore store, PasswordHasher hasher) {
        // TODO keep the store and the hasher in final fields: login uses them
    }

    /**
     * Whether {@code password} is {@code username}'s. An unknown user is simply not authenticated;
     * on success, a stored hash that {@link PasswordHasher#needsRehash needs rehashing} is replaced.
     * A wrong password changes nothing.
     */
    public boolean login(String username, char[] password) {
        // TODO look the user up, verify, and on success save hasher.hash(password) if the stored hash needs it
        throw new NotImplementedYetException("log in and upgrade an outdated hash", "Exercise 1: Password hashing");
    }
}
