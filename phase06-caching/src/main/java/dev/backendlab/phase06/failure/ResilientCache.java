package dev.backendlab.phase06.failure;

import dev.backendlab.grader.NotImplementedYetException;
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

    public ResilientCache(StatefulRedisConnection<String, String> connection, String keyPrefix, Duration ttl) {
        // TODO keep connection, keyPrefix and ttl in final fields
    }

    /**
     * The cached value; on a miss the loader's, then stored. When the GET fails the loader answers;
     * when the SET fails the loaded value is still returned.
     */
    public String get(String id, Function<String, String> loader) {
        // TODO GET in a try; catch RedisException -> loader; on a miss load and SET PX in another try
        throw new NotImplementedYetException("fall back to the loader when Redis fails", "Exercise 7: When Redis fails");
    }
}
