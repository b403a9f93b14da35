package dev.backendlab.phase06.ttl;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lettuce.core.SetArgs;
import io.lettuce.core.api.sync.RedisCommands;
import java.io.UncheckedIOException;
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

    /** Not JSON of any object, so it cannot be mistaken for a cached value. */
    private static final String NOT_FOUND = "\u0000not-found";

    private final RedisCommands<String, String> redis;
    private final ObjectMapper mapper;
    private final Class<V> type;
    private final String keyPrefix;
    private final CachePolicy policy;
    private final RandomGenerator random;

    public CacheAside(RedisCommands<String, String> redis, ObjectMapper mapper, Class<V> type, String keyPrefix,
            CachePolicy policy, RandomGenerator random) {
        this.redis = redis;
        this.mapper = mapper;
        this.type = type;
        this.keyPrefix = keyPrefix;
        this.policy = policy;
        this.random = random;
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
        String key = keyPrefix + id;
        String cached = redis.get(key);
        if (NOT_FOUND.equals(cached)) {
            return Optional.empty();
        }
        if (cached != null) {
            Optional<V> decoded = decode(cached);
            if (decoded.isPresent()) {
                return decoded;
            }
        }
        // The loader's exception leaves this method before anything is stored: failures are not cached.
        Optional<V> loaded = loader.apply(id);
        if (loaded.isPresent()) {
            redis.set(key, encode(loaded.get()), SetArgs.Builder.px(valueTtlMillis()));
        } else {
            redis.set(key, NOT_FOUND, SetArgs.Builder.px(policy.notFoundTtl().toMillis()));
        }
        return loaded;
    }

    private long valueTtlMillis() {
        return policy.ttl().toMillis() + random.nextLong(policy.maxJitter().toMillis() + 1);
    }

    private Optional<V> decode(String json) {
        try {
            return Optional.ofNullable(mapper.readValue(json, type));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    private String encode(V value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
