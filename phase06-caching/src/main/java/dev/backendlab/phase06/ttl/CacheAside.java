package dev.backendlab.phase06.ttl;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.backendlab.grader.NotImplementedYetException;
import io.lettuce.core.api.sync.RedisCommands;
import java.util.Optional;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * Cache-aside (lazy loading) in front of a slow source such as a database.
 *
 * <p>The entry for {@code id} is the string key {@code keyPrefix + id}. Its value is the JSON of
 * the loaded value, or, when the loader found nothing, a marker of your choice meaning "known not
 * to exist". All expiry is Redis's: the class keeps no copy of its own, so nothing is served after
 * Redis dropped it.
 *
 * <p>Redis commands: GET, SET with PX.
 */
public final class CacheAside<V> {

    public CacheAside(RedisCommands<String, String> redis, ObjectMapper mapper, Class<V> type, String keyPrefix,
            CachePolicy policy, RandomGenerator random) {
        // TODO keep redis, mapper, type, keyPrefix, policy and random in final fields
    }

    /**
     * The value for {@code id}: from Redis when cached, otherwise from {@code loader}, then cached.
     *
     * <ul>
     *   <li>Hit: the cached value (or empty for a cached "not found"); the loader is not called.
     *   <li>Miss: the loader runs once. A value is stored with {@code SET key json PX ms}, where
     *       {@code ms = ttl + random.nextLong(maxJitter + 1)} in milliseconds (exactly one
     *       {@code nextLong(bound)} call per value stored). Empty is stored as "not found" with
     *       {@code PX notFoundTtl}, no jitter.
     *   <li>The loader throws: the same exception propagates and nothing is stored, so the next
     *       call tries the loader again.
     *   <li>The cached value is not valid JSON for the type: treated as a miss and overwritten.
     * </ul>
     */
    public Optional<V> get(String id, Function<String, Optional<V>> loader) {
        // TODO GET; on a hit decode (marker -> empty); on a miss or a corrupt entry call the loader,
        //  SET the result with PX (value: ttl + jitter; empty: notFoundTtl) and return it
        throw new NotImplementedYetException("read through the cache, store with a TTL", "Exercise 2: TTL and cache-aside");
    }
}
