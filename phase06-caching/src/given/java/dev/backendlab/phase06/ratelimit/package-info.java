/**
 * Exercise 5, rate limiting in Redis: three limiters shared by every app node, each exact under
 * concurrency because each decision is one atomic step inside Redis.
 *
 * <p>Start at {@link dev.backendlab.phase06.ratelimit.FixedWindowLimiter}, then
 * {@link dev.backendlab.phase06.ratelimit.SlidingLogLimiter} and
 * {@link dev.backendlab.phase06.ratelimit.TokenBucketLimiter}. All answer a
 * {@link dev.backendlab.phase06.ratelimit.RateLimitDecision}.
 */
package dev.backendlab.phase06.ratelimit;
