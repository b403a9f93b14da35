package dev.backendlab.phase03.ratelimit;

import dev.backendlab.grader.NotImplementedYetException;
import java.time.Clock;
import java.time.Duration;

/**
 * A token bucket: it holds up to {@code capacity} tokens, starts full, and gains one token every
 * {@code refillEvery} (never more than capacity). A request takes one token, or is refused when
 * there is none. Bursts up to the capacity pass; the long-run rate is one per {@code refillEvery}.
 *
 * <p>Time comes from the injected clock only. Thread-safe: of any number of simultaneous
 * {@link #tryTake()} calls on a bucket with n tokens, exactly n succeed.
 */
public final class TokenBucket {

    public TokenBucket(long capacity, Duration refillEvery, Clock clock) {
        // TODO Keep capacity, refillEvery and clock in final fields, and the bucket's state, set up
        //  full: tokens = capacity, lastRefill = clock.instant(). Guard the state: requests come
        //  from many threads.
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
