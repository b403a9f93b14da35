package dev.backendlab.phase06.failure;

import io.lettuce.core.RedisException;
import io.lettuce.core.SetArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import java.time.Duration;
import java.util.function.Function;

/**
 * Cache-aside that treats Redis as an optimisation, not a dependency: when Redis fails, reads are
 * answered by the loader (slower, still correct), and the cache is used again once Redis is back.
 *
 * <p>The value of {@code id} is the string key {@code keyPrefix + id}, stored with {@code PX ttl}.
 * "Redis fails" means any {@code io.lettuce.core.RedisException} from a command (timeout, not
 * connected, connection reset). Loader exceptions are not Redis failures: they propagate.
 *
 * <p>While Redis is down every read reaches the source. Production code adds a circuit breaker
 * there, and protects the source from the sudden load; this class shows the fallback alone.
 *
 * <p>Redis commands: GET, SET PX.
 */
public final class ResilientCache {

    private final StatefulRedisConnection<String, String> connection;
    private final String keyPrefix;
    private final Duration ttl;

    public ResilientCache(StatefulRedisConnection<String, String> connection, String keyPrefix, Duration ttl) {
        this.connection = connection;
        this.keyPrefix = keyPrefix;
        this.ttl = ttl;
    }

    /**
     * The cached value; on a miss the loader's, then stored. When the GET fails the loader answers;
     * when the SET fails the loaded value is still returned.
     */
    public String get(String id, Function<String, String> loader) {
        String key = keyPrefix + id;
        try {
            String cached = connection.sync().get(key);
            if (cached != null) {
                return cached;
            }
        } catch (RedisException redisDown) {
            return loader.apply(id);
        }
        String loaded = loader.apply(id);
        try {
            connection.sync().set(key, loaded, SetArgs.Builder.px(ttl.toMillis()));
        } catch (RedisException redisDown) {
            // Not cached this time; the next read after recovery stores it.
        }
        return loaded;
    }
}
