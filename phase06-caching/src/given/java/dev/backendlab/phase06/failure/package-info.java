/**
 * Exercise 7, when Redis fails: a client that gives up quickly, a cache that falls back to its
 * loader, a rate limiter with a documented failure policy, and recovery once Redis is back.
 *
 * <p>Start at {@link dev.backendlab.phase06.failure.FailFastRedis}, then
 * {@link dev.backendlab.phase06.failure.ResilientCache} and
 * {@link dev.backendlab.phase06.failure.GuardedRateLimiter}.
 */
package dev.backendlab.phase06.failure;
