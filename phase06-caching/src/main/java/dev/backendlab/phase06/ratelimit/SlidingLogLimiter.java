package dev.backendlab.phase06.ratelimit;

import dev.backendlab.grader.NotImplementedYetException;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Clock;
import java.time.Duration;

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

    public SlidingLogLimiter(RedisCommands<String, String> redis, String keyPrefix, long limit, Duration window, Clock clock) {
        // TODO keep redis, keyPrefix, limit, window and clock in final fields
    }

    @Override
    public RateLimitDecision tryAcquire(String clientId) {
        // TODO EVAL one script doing trim, count, maybe add, expire; pass now, window, limit and a
        //  unique member (several requests can share a millisecond) as ARGV
        throw new NotImplementedYetException("keep a sliding log in a sorted set, in one script", "Exercise 5: Rate limiting in Redis");
    }
}
