package dev.backendlab.phase06.invalidation;

import dev.backendlab.grader.NotImplementedYetException;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.util.Optional;

/**
 * Invalidate a whole namespace ("every cached page of user 42") in O(1): instead of finding and
 * deleting its keys, bump its version; keys of the old version are never read again and expire.
 *
 * <p>Keys: the version of namespace {@code ns} at {@code keyPrefix + ns + ":version"} (missing
 * means 0); the value of {@code id} at {@code keyPrefix + ns + ":v" + version + ":" + id}, with
 * {@code PX ttl}.
 *
 * <p>The cost: one extra GET per access, and old versions use memory until they expire.
 *
 * <p>Redis commands: GET, SET PX, INCR.
 */
public final class VersionedNamespace {

    public VersionedNamespace(RedisCommands<String, String> redis, String keyPrefix, Duration ttl) {
        // TODO keep redis, keyPrefix and ttl in final fields
    }

    /** Caches {@code value} under the namespace's current version. */
    public void put(String namespace, String id, String value) {
        // TODO read the version, SET the versioned key PX ttl
        throw new NotImplementedYetException("cache under the current version", "Exercise 4: Invalidation");
    }

    /** The value cached under the namespace's current version, or empty. */
    public Optional<String> get(String namespace, String id) {
        // TODO read the version, GET the versioned key
        throw new NotImplementedYetException("read under the current version", "Exercise 4: Invalidation");
    }

    /**
     * Makes every value of the namespace unreachable with one INCR; deletes nothing.
     *
     * @return the new version
     */
    public long invalidateAll(String namespace) {
        // TODO INCR the version key
        throw new NotImplementedYetException("bump the namespace version", "Exercise 4: Invalidation");
    }
}
