package dev.backendlab.phase06.invalidation;

import io.lettuce.core.SetArgs;
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

    private final RedisCommands<String, String> redis;
    private final String keyPrefix;
    private final Duration ttl;

    public VersionedNamespace(RedisCommands<String, String> redis, String keyPrefix, Duration ttl) {
        this.redis = redis;
        this.keyPrefix = keyPrefix;
        this.ttl = ttl;
    }

    /** Caches {@code value} under the namespace's current version. */
    public void put(String namespace, String id, String value) {
        redis.set(valueKey(namespace, id), value, SetArgs.Builder.px(ttl.toMillis()));
    }

    /** The value cached under the namespace's current version, or empty. */
    public Optional<String> get(String namespace, String id) {
        return Optional.ofNullable(redis.get(valueKey(namespace, id)));
    }

    /**
     * Makes every value of the namespace unreachable with one INCR; deletes nothing.
     *
     * @return the new version
     */
    public long invalidateAll(String namespace) {
        return redis.incr(versionKey(namespace));
    }

    private String valueKey(String namespace, String id) {
        String version = redis.get(versionKey(namespace));
        return keyPrefix + namespace + ":v" + (version == null ? "0" : version) + ":" + id;
    }

    private String versionKey(String namespace) {
        return keyPrefix + namespace + ":version";
    }
}
