package dev.backendlab.phase03.ratelimit;

import dev.backendlab.grader.NotImplementedYetException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A token bucket: it holds up to {@code capacity} tokens, starts full, and gains one token every
 * {@code refillEvery} (never more than capacity). A request takes one token, or is refused when
 * there is none. Bursts up to the capacity pass; the long-run rate is one per {@code refillEvery}.
 *
 * <p>Time comes from the injected clock only. Thread-safe: of any number of simultaneous
 * {@link #tryTake()} calls on a bucket with n tokens, exactly n succeed.
 */
public final class TokenBucket {

    private final long capacity;
    private final Duration refillEvery;
    private final Clock clock;
    // The state of the bucket, set up full. Guard it: requests come from many threads.
    private long tokens;
    private Instant lastRefill;

    public TokenBucket(long capacity, Duration refillEvery, Clock clock) {
        this.capacity = capacity;
        this.refillEvery = refillEvery;
        this.clock = clock;
        this.tokens = capacity;
        this.lastRefill = clock.instant();
    }

    /**
     * Adds the tokens earned since the last refill, then takes one if there is one. Tokens are earned
     * in whole steps: after 1.5 × {@code refillEvery}, one token, and half a step counts toward the next.
     */
    public Decision tryTake() {
        // TODO Add the whole refill steps since lastRefill (up to capacity), then take a token or refuse, and report the times.
        throw new NotImplementedYetException("add the whole refill steps since lastRefill (up to capacity), then take a token or refuse, and report the times", "Exercise 9: Rate limiting");
    }
}
