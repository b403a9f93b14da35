package dev.backendlab.phase06.ratelimit;

import java.time.Duration;

/**
 * A limiter's answer to one request, with what the RateLimit response headers need (phase 3):
 * {@code RateLimit-Limit: limit}, {@code RateLimit-Remaining: remaining},
 * {@code RateLimit-Reset: resetAfter} in seconds, and {@code Retry-After} when not allowed.
 *
 * @param allowed    whether the request may proceed
 * @param limit      the most requests the client may make in a window (the bucket's capacity)
 * @param remaining  how many more requests would be allowed right now, after this one
 * @param resetAfter how long until the quota frees up again: until the window ends (fixed
 *                   window), until the oldest logged request leaves the window (sliding log),
 *                   until the next token (token bucket)
 */
public record RateLimitDecision(boolean allowed, long limit, long remaining, Duration resetAfter) {
}
