package dev.backendlab.phase04.password;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The user table, reduced to what a login needs: user name to stored password hash. */
public final class CredentialStore {

    private final Map<String, String> hashes = new ConcurrentHashMap<>();

    public Optional<String> storedHash(String username) {
        return Optional.ofNullable(hashes.get(username));
    }

    public void save(String username, String storedHash) {
        hashes.put(username, storedHash);
    }
}
