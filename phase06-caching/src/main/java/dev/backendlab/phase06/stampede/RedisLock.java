package dev.backendlab.phase06.stampede;

import dev.backendlab.grader.NotImplementedYetException;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.util.Optional;

/**
 * A lock in one Redis key, that expires on its own if its holder dies.
 *
 * <p>Acquire: {@code SET key token NX PX ttl}, with a fresh random token per acquisition.
 * Release: a Lua script that deletes the key only if it still holds the caller's token, so a
 * holder whose lock already expired (and was taken by someone else) cannot delete the new
 * holder's lock. A GET followed by a DEL from the client would have exactly that race.
 *
 * <p>Redis commands: SET NX PX, EVAL.
 */
public final class RedisLock {

    public RedisLock(RedisCommands<String, String> redis) {
        // TODO keep redis in a final field
    }

    /**
     * Tries once, without waiting.
     *
     * @return the token when this call got the lock; empty when someone else holds it
     * @throws IllegalArgumentException when {@code ttl} is not positive: a lock that never expires
     *                                  stays forever when its holder crashes
     */
    public Optional<LockToken> tryAcquire(String key, Duration ttl) {
        // TODO SET key <random token> NX PX ttl; "OK" means acquired, nil means taken
        throw new NotImplementedYetException("acquire with SET NX PX and a random token", "Exercise 3: Stampede protection");
    }

    /**
     * Releases the lock if {@code lock}'s token still holds it, atomically, in one script.
     *
     * @return true when this call deleted the lock; false when it had expired or belongs to another token
     */
    public boolean release(LockToken lock) {
        // TODO EVAL a compare-and-delete script: if GET key == token then DEL key
        throw new NotImplementedYetException("release with a compare-and-delete Lua script", "Exercise 3: Stampede protection");
    }
}
