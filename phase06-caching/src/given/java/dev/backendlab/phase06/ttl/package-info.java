/**
 * Exercise 2, TTL and cache-aside: read through on a miss, write with a TTL plus jitter, cache
 * "not found" briefly, never cache a failure.
 *
 * <p>Start at {@link dev.backendlab.phase06.ttl.CacheAside}; the lifetimes are a
 * {@link dev.backendlab.phase06.ttl.CachePolicy}.
 */
package dev.backendlab.phase06.ttl;
