package dev.backendlab.phase03.ratelimit;

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
    public synchronized Decision tryTake() {
        Instant now = clock.instant();
        long earned = Duration.between(lastRefill, now).toNanos() / refillEvery.toNanos();
        if (earned > 0) {
            tokens = Math.min(capacity, tokens + earned);
            // A full bucket earns nothing more: the next step starts counting now.
            lastRefill = tokens == capacity ? now : lastRefill.plus(refillEvery.multipliedBy(earned));
        }
        Duration intoStep = Duration.between(lastRefill, now);
        if (tokens == 0) {
            Duration retryAfter = refillEvery.minus(intoStep);
            return new Decision(false, 0, retryAfter, untilFull(intoStep));
        }
        tokens--;
        if (tokens == capacity - 1) {
            lastRefill = now;
            intoStep = Duration.ZERO;
        }
        return new Decision(true, tokens, Duration.ZERO, untilFull(intoStep));
    }

    private Duration untilFull(Duration intoStep) {
        return tokens == capacity ? Duration.ZERO : refillEvery.multipliedBy(capacity - tokens).minus(intoStep);
    }
}
