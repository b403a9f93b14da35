package dev.backendlab.phase06.invalidation;

import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SetArgs;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * String values that can be dropped one by one (delete on write) or by tag ("every product of
 * category 7").
 *
 * <p>Keys: the value of {@code id} at {@code keyPrefix + "value:" + id} with {@code PX ttl}; the
 * members of tag {@code t} in the set {@code keyPrefix + "tag:" + t}, holding value keys.
 *
 * <p>The script deletes keys it did not receive in KEYS: fine on one server, not on Redis Cluster,
 * where a tag's keys would need a common hash tag ({@code {tag}}) to live on one shard.
 *
 * <p>Redis commands: SET PX, GET, DEL, SADD, PEXPIRE, EVAL.
 */
public final class TaggedCache {

    private static final String DELETE_TAGGED = """
            local deleted = 0
            for _, key in ipairs(redis.call('smembers', KEYS[1])) do
              deleted = deleted + redis.call('del', key)
            end
            redis.call('del', KEYS[1])
            return deleted
            """;

    private final RedisCommands<String, String> redis;
    private final String keyPrefix;
    private final Duration ttl;

    public TaggedCache(RedisCommands<String, String> redis, String keyPrefix, Duration ttl) {
        this.redis = redis;
        this.keyPrefix = keyPrefix;
        this.ttl = ttl;
    }

    /** Caches {@code value} for {@code ttl} and adds its key to the set of each tag (which then lives at least as long). */
    public void put(String id, String value, Set<String> tags) {
        String key = valueKey(id);
        redis.set(key, value, SetArgs.Builder.px(ttl.toMillis()));
        for (String tag : tags) {
            redis.sadd(tagKey(tag), key);
            // A set lives as long as its newest member; older members may have expired, and the
            // script's DEL of them simply counts 0.
            redis.pexpire(tagKey(tag), ttl.toMillis());
        }
    }

    /** The cached value, or empty. */
    public Optional<String> get(String id) {
        return Optional.ofNullable(redis.get(valueKey(id)));
    }

    /** Delete on write: the caller changed the source of truth, so the cached copy goes. */
    public void invalidate(String id) {
        redis.del(valueKey(id));
    }

    /**
     * Deletes every value carrying {@code tag}, and the tag's set, atomically: one Lua script, so no
     * value tagged while the invalidation runs can survive it half-way.
     *
     * @return how many value keys were deleted (keys that had already expired are not counted)
     */
    public long invalidateTag(String tag) {
        Long deleted = redis.eval(DELETE_TAGGED, ScriptOutputType.INTEGER, tagKey(tag));
        return deleted == null ? 0 : deleted;
    }

    private String valueKey(String id) {
        return keyPrefix + "value:" + id;
    }

    private String tagKey(String tag) {
        return keyPrefix + "tag:" + tag;
    }
}
