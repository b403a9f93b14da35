package dev.backendlab.phase06.invalidation;

import dev.backendlab.grader.NotImplementedYetException;
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

    public TaggedCache(RedisCommands<String, String> redis, String keyPrefix, Duration ttl) {
        // TODO keep redis, keyPrefix and ttl in final fields
    }

    /** Caches {@code value} for {@code ttl} and adds its key to the set of each tag (which then lives at least as long). */
    public void put(String id, String value, Set<String> tags) {
        // TODO SET value key PX ttl; SADD each tag set; PEXPIRE the tag sets so they do not outlive their members forever
        throw new NotImplementedYetException("cache a value and record its tags", "Exercise 4: Invalidation");
    }

    /** The cached value, or empty. */
    public Optional<String> get(String id) {
        // TODO GET the value key
        throw new NotImplementedYetException("read a cached value", "Exercise 4: Invalidation");
    }

    /** Delete on write: the caller changed the source of truth, so the cached copy goes. */
    public void invalidate(String id) {
        // TODO DEL the value key
        throw new NotImplementedYetException("delete the cached value on write", "Exercise 4: Invalidation");
    }

    /**
     * Deletes every value carrying {@code tag}, and the tag's set, atomically: one Lua script, so no
     * value tagged while the invalidation runs can survive it half-way.
     *
     * @return how many value keys were deleted (keys that had already expired are not counted)
     */
    public long invalidateTag(String tag) {
        // TODO EVAL a script: SMEMBERS the tag set, DEL each member, DEL the set, return the count
        throw new NotImplementedYetException("delete every value of a tag in one script", "Exercise 4: Invalidation");
    }
}
