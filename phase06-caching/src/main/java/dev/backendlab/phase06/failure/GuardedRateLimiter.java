package dev.backendlab.phase06.failure;

import dev.backendlab.grader.NotImplementedYetException;
import dev.backendlab.phase06.ratelimit.RateLimitDecision;
import dev.backendlab.phase06.ratelimit.RateLimiter;
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

    public GuardedRateLimiter(RateLimiter limiter, FailurePolicy policy, long limit, Duration retryAfter) {
        // TODO keep limiter, policy, limit and retryAfter in final fields
    }

    @Override
    public RateLimitDecision tryAcquire(String clientId) {
        // TODO delegate in a try; on RedisException answer per the policy
        throw new NotImplementedYetException("apply the failure policy when Redis fails", "Exercise 7: When Redis fails");
    }
}
