package dev.backendlab.phase06.ratelimit;

import dev.backendlab.grader.NotImplementedYetException;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;

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

    public FixedWindowLimiter(RedisCommands<String, String> redis, String keyPrefix, long limit, Duration window) {
        // TODO keep redis, keyPrefix, limit and window in final fields
    }

    /**
     * Counts the request. Allowed while the count is at most {@code limit};
     * {@code remaining = max(0, limit - count)}; {@code resetAfter} is the counter's PTTL.
     */
    @Override
    public RateLimitDecision tryAcquire(String clientId) {
        // TODO EVAL a script: n = INCR key; if n == 1 then PEXPIRE key window; return {n, PTTL key}
        throw new NotImplementedYetException("count the request in a window with INCR and an expiry", "Exercise 5: Rate limiting in Redis");
    }
}
