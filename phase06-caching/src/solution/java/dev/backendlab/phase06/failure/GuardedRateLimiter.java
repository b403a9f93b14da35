package dev.backendlab.phase06.failure;

import dev.backendlab.phase06.ratelimit.RateLimitDecision;
import dev.backendlab.phase06.ratelimit.RateLimiter;
import io.lettuce.core.RedisException;
import java.time.Duration;

/**
 * Wraps a Redis-backed limiter with a failure policy: while Redis answers, the limiter decides;
 * when it fails, {@link FailurePolicy#FAIL_OPEN} allows and {@link FailurePolicy#FAIL_CLOSED}
 * denies with {@code retryAfter}.
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
