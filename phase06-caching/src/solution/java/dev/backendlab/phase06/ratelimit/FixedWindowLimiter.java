package dev.backendlab.phase06.ratelimit;

import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.util.List;

/**
 * At most {@code limit} requests per client per window; the window starts at the client's first
 * request and the count starts again when it ends.
 *
 * <p>The count of client {@code c} is the key {@code keyPrefix + c}: INCR it, and give it an
 * expiry of {@code window} when the INCR created it. Both happen atomically (one Lua script), so no
 * crash or race can leave a counter without expiry, which would lock the client out for good.
 *
 * <p>The trade-off of a fixed window: a client can spend its limit at the end of one window and
 * again at the start of the next, twice the limit within one window's length.
 *
 * <p>Redis commands: EVAL (INCR, PEXPIRE, PTTL inside).
 */
public final class FixedWindowLimiter implements RateLimiter {

    private static final String COUNT = """
            local n = redis.call('incr', KEYS[1])
            if n == 1 then
              redis.call('pexpire', KEYS[1], ARGV[1])
            end
            return {n, redis.call('pttl', KEYS[1])}
            """;

    private final RedisCommands<String, String> redis;
    private final String keyPrefix;
    private final long limit;
    private final Duration window;

    public FixedWindowLimiter(RedisCommands<String, String> redis, String keyPrefix, long limit, Duration window) {
        this.redis = redis;
        this.keyPrefix = keyPrefix;
        this.limit = limit;
        this.window = window;
    }

    /**
     * Counts the request. Allowed while the count is at most {@code limit};
     * {@code remaining = max(0, limit - count)}; {@code resetAfter} is the counter's PTTL.
     */
    @Override
    public RateLimitDecision tryAcquire(String clientId) {
        if (clientId == null || clientId.isBlank()) {
            throw new IllegalArgumentException("a client id must not be blank");
        }
        List<Long> reply = redis.eval(COUNT, ScriptOutputType.MULTI, new String[] {keyPrefix + clientId},
                Long.toString(window.toMillis()));
        long count = reply.get(0);
        long pttl = reply.get(1);
        return new RateLimitDecision(count <= limit, limit, Math.max(0, limit - count), Duration.ofMillis(Math.max(0, pttl)));
    }
}
