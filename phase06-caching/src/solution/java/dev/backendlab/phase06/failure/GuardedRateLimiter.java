package dev.backendlab.phase06.failure;

import dev.backendlab.phase06.ratelimit.RateLimitDecision;
import dev.backendlab.phase06.ratelimit.RateLimiter;
import io.lettuce.core.RedisException;
import java.time.Duration;

/**
 * Wraps a Redis-backed limiter with a failure policy. While Redis answers, the limiter decides.
 * When it throws an {@code io.lettuce.core.RedisException}:
 * <ul>
 *   <li>{@link FailurePolicy#FAIL_OPEN}: allowed, {@code remaining = limit} (nothing could be
 *       counted), {@code resetAfter = 0};
 *   <li>{@link FailurePolicy#FAIL_CLOSED}: denied, {@code remaining = 0},
 *       {@code resetAfter = retryAfter} (what the client is told to wait).
 * </ul>
 */
public final class GuardedRateLimiter implements RateLimiter {

    private final RateLimiter limiter;
    private final FailurePolicy policy;
    private final long limit;
    private final Duration retryAfter;

    public GuardedRateLimiter(RateLimiter limiter, FailurePolicy policy, long limit, Duration retryAfter) {
        this.limiter = limiter;
        this.policy = policy;
        this.limit = limit;
        this.retryAfter = retryAfter;
    }

    @Override
    public RateLimitDecision tryAcquire(String clientId) {
        try {
            return limiter.tryAcquire(clientId);
        } catch (RedisException redisDown) {
            return switch (policy) {
                case FAIL_OPEN -> new RateLimitDecision(true, limit, limit, Duration.ZERO);
                case FAIL_CLOSED -> new RateLimitDecision(false, limit, 0, retryAfter);
            };
        }
    }
}
