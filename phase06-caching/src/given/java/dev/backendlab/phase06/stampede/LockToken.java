package dev.backendlab.phase06.stampede;

/**
 * Proof of holding a lock: the lock's key and the random token stored in it. Only the holder knows
 * the token, so only the holder can release the lock.
 */
public record LockToken(String key, String token) {
}
