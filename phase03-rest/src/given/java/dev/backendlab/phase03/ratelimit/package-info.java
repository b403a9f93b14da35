/**
 * Exercise 9, rate limiting: a token bucket per API key on an injected clock, 429 with Retry-After,
 * and the IETF RateLimit and RateLimit-Policy fields. Start in
 * {@link dev.backendlab.phase03.ratelimit.TokenBucket}, then {@link dev.backendlab.phase03.ratelimit.RateLimiter}.
 */
package dev.backendlab.phase03.ratelimit;
