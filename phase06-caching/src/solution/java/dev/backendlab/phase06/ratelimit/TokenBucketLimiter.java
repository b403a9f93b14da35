package dev.backendlab.phase06.ratelimit;

import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.util.List;

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

    private static final String TAKE = """
            local capacity = tonumber(ARGV[1])
            local interval = tonumber(ARGV[2])
            local t = redis.call('time')
            local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
            local state = redis.call('hmget', KEYS[1], 'tokens', 'ts')
            local tokens = tonumber(state[1]) or capacity
            local ts = tonumber(state[2]) or now
            tokens = math.min(capacity, tokens + math.max(0, now - ts) / interval)
            local allowed = 0
            if tokens >= 1 then
              tokens = tokens - 1
              allowed = 1
            end
            redis.call('hset', KEYS[1], 'tokens', tostring(tokens), 'ts', tostring(now))
            redis.call('pexpire', KEYS[1], math.ceil(capacity * interval))
            local reset = 0
            if tokens < 1 then
              reset = math.ceil((1 - tokens) * interval)
            end
            return {allowed, math.floor(tokens), reset}
            """;

    private final RedisCommands<String, String> redis;
    private final String keyPrefix;
    private final long capacity;
    private final Duration refillEvery;
    private final String sha;

    public TokenBucketLimiter(RedisCommands<String, String> redis, String keyPrefix, long capacity, Duration refillEvery) {
        this.redis = redis;
        this.keyPrefix = keyPrefix;
        this.capacity = capacity;
        this.refillEvery = refillEvery;
        this.sha = redis.digest(TAKE);
    }

    @Override
    public RateLimitDecision tryAcquire(String clientId) {
        if (clientId == null || clientId.isBlank()) {
            throw new IllegalArgumentException("a client id must not be blank");
        }
        String[] keys = {keyPrefix + clientId};
        String[] args = {Long.toString(capacity), Long.toString(refillEvery.toMillis())};
        List<Long> reply;
        try {
            reply = redis.evalsha(sha, ScriptOutputType.MULTI, keys, args);
        } catch (RedisNoScriptException e) {
            reply = redis.eval(TAKE, ScriptOutputType.MULTI, keys, args);
        }
        return new RateLimitDecision(reply.get(0) == 1L, capacity, reply.get(1), Duration.ofMillis(reply.get(2)));
    }
}
