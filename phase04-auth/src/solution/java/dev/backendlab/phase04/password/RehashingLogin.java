package dev.backendlab.phase04.password;

/**
 * A login that upgrades stored hashes: after a successful check, a hash made with older
 * parameters is replaced by a new one, the only moment the plain password is at hand.
 */
public final class RehashingLogin {

    private final CredentialStore store;
    private final PasswordHasher hasher;

    public RehashingLogin(CredentialStore store, PasswordHasher hasher) {
        this.store = store;
        this.hasher = hasher;
    }

    /**
     * Whether {@code password} is {@code username}'s. An unknown user is simply not authenticated;
     * on success, a stored hash that {@link PasswordHasher#needsRehash needs rehashing} is replaced.
     * A wrong password changes nothing.
     */
    public boolean login(String username, char[] password) {
        String stored = store.storedHash(username).orElse(null);
        if (stored == null || !hasher.verify(password, stored)) {
            return false;
        }
        if (hasher.needsRehash(stored)) {
            store.save(username, hasher.hash(password));
        }
        return true;
    }
}
