package dev.backendlab.phase06.ratelimit;

import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * At most {@code limit} requests per client in any window of length {@code window}: a log of the
 * client's allowed requests, as a sorted set scored by their time in milliseconds.
 *
 * <p>The log of client {@code c} is the sorted set {@code keyPrefix + c}. One Lua script per
 * request, with now = {@code clock.millis()}: drop entries with score {@code <= now - window},
 * count the rest; if fewer than {@code limit}, add this request (score now, a unique member) and
 * allow it; otherwise deny it and log nothing (a client that keeps hammering must not lock itself
 * out forever). The set expires {@code window} after its newest entry.
 *
 * <p>{@code remaining = limit - entries} after this request; {@code resetAfter} is when the oldest
 * entry leaves the window: {@code oldest + window - now}.
 *
 * <p>Exact, at a memory cost of one entry per allowed request. The time is the app's
 * {@code Clock}: nodes whose clocks disagree by a second disagree about the window by a second
 * (the token bucket shows the fix, Redis's own clock).
 *
 * <p>Redis commands: EVAL (ZREMRANGEBYSCORE, ZCARD, ZADD, ZRANGE, PEXPIRE inside).
 */
public final class SlidingLogLimiter implements RateLimiter {

    private static final String LOG = """
            local now = tonumber(ARGV[1])
            local window = tonumber(ARGV[2])
            local limit = tonumber(ARGV[3])
            redis.call('zremrangebyscore', KEYS[1], '-inf', now - window)
            local count = redis.call('zcard', KEYS[1])
            local allowed = 0
            if count < limit then
              redis.call('zadd', KEYS[1], now, ARGV[4])
              redis.call('pexpire', KEYS[1], window)
              count = count + 1
              allowed = 1
            end
            local oldest = redis.call('zrange', KEYS[1], 0, 0, 'WITHSCORES')
            local reset = 0
            if oldest[2] then
              reset = tonumber(oldest[2]) + window - now
            end
            return {allowed, limit - count, reset}
            """;

    private final RedisCommands<String, String> redis;
    private final String keyPrefix;
    private final long limit;
    private final Duration window;
    private final Clock clock;

    public SlidingLogLimiter(RedisCommands<String, String> redis, String keyPrefix, long limit, Duration window, Clock clock) {
        this.redis = redis;
        this.keyPrefix = keyPrefix;
        this.limit = limit;
        this.window = window;
        this.clock = clock;
    }

    @Override
    public RateLimitDecision tryAcquire(String clientId) {
        if (clientId == null || clientId.isBlank()) {
            throw new IllegalArgumentException("a client id must not be blank");
        }
        List<Long> reply = redis.eval(LOG, ScriptOutputType.MULTI, new String[] {keyPrefix + clientId},
                Long.toString(clock.millis()), Long.toString(window.toMillis()), Long.toString(limit),
                UUID.randomUUID().toString());
        return new RateLimitDecision(reply.get(0) == 1L, limit, reply.get(1), Duration.ofMillis(reply.get(2)));
    }
}
