package dev.backendlab.phase06.ttl;

import java.time.Duration;

/**
 * How long cache entries live.
 *
 * @param ttl         the base lifetime of a cached value
 * @param maxJitter   up to this much is added at random to each value's lifetime, so entries
 *                    written together do not all expire (and all reload) in the same instant
 * @param notFoundTtl the lifetime of a "not found" entry: short, so a record created later
 *                    shows up soon, but long enough to stop a flood of lookups for a missing id
 */
public record CachePolicy(Duration ttl, Duration maxJitter, Duration notFoundTtl) {
}
