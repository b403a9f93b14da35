package dev.backendlab.phase06.ratelimit;

import dev.backendlab.grader.NotImplementedYetException;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;

/**
 * A bucket of up to {@code capacity} tokens per client, refilled with one token every
 * {@code refillEvery}; each request takes one token, or is denied when none is left. Allows bursts
 * up to the capacity and a steady rate after that.
 *
 * <p>The bucket of client {@code c} is the hash {@code keyPrefix + c} with the fields
 * {@code tokens} (a fraction is fine) and {@code ts} (milliseconds of the last update). A missing
 * bucket is full. One Lua script per request refills for the time passed, takes a token if it
 * can, writes the hash back and gives it an expiry (a bucket left alone refills anyway).
 *
 * <p>The time is Redis's own ({@code redis.call('TIME')} inside the script), never the app's:
 * app nodes whose clocks are skewed would otherwise hand out tokens at different rates.
 *
 * <p>The script is sent with EVALSHA (its SHA-1 only, not its text); when Redis answers NOSCRIPT
 * (after a restart or SCRIPT FLUSH) it is sent once with EVAL, which also caches it again.
 *
 * <p>{@code remaining} is the whole tokens left after this request; {@code resetAfter} is the time
 * until the next whole token (zero when one is available now).
 *
 * <p>Redis commands: EVALSHA, EVAL (TIME, HMGET, HSET, PEXPIRE inside).
 */
public final class TokenBucketLimiter implements RateLimiter {

    public TokenBucketLimiter(RedisCommands<String, String> redis, String keyPrefix, long capacity, Duration refillEvery) {
        // TODO keep redis, keyPrefix, capacity and refillEvery in final fields, and the script's SHA-1
        //  (redis.digest(script)) for EVALSHA
    }

    @Override
    public RateLimitDecision tryAcquire(String clientId) {
        // TODO EVALSHA the bucket script (redis.digest(script) gives its SHA-1); on
        //  RedisNoScriptException, EVAL it. In the script: TIME, HMGET, refill, take, HSET, PEXPIRE
        throw new NotImplementedYetException("take a token in a Lua script timed by Redis", "Exercise 5: Rate limiting in Redis");
    }
}
