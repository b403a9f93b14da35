package dev.backendlab.phase03.ratelimit;

import dev.backendlab.grader.NotImplementedYetException;
import dev.backendlab.web.Exchange;
import dev.backendlab.web.Handler;
import dev.backendlab.web.Middleware;
import java.time.Clock;
import java.time.Duration;

/**
 * Rate limiting per API key, like express-rate-limit with a token bucket: every request must name
 * its key in {@code X-API-Key} (401 otherwise); each key has its own {@link TokenBucket}.
 *
 * <p>Every response to a request with a key, allowed or refused, carries the IETF httpapi
 * rate-limit fields (draft-ietf-httpapi-ratelimit-headers), with the policy named {@code default}:
 * <pre>
 * RateLimit-Policy: "default";q=10;w=60      q = capacity, w = capacity × refill step, in seconds
 * RateLimit: "default";r=7;t=18              r = tokens left, t = seconds until the bucket is full
 * </pre>
 * A request with no token left is refused with 429 and {@code Retry-After}: the seconds until the
 * next token. Seconds are rounded up (a client that waits that long will find a token).
 */
public final class RateLimiter implements Middleware {

    public static final String API_KEY = "X-API-Key";

    public RateLimiter(Clock clock, long capacity, Duration refillEvery) {
        // TODO Keep clock, capacity and refillEvery in final fields
    }

    @Override
    public void handle(Exchange exchange, Handler next) throws Exception {
        // TODO Find the key's bucket (one per key, even when its first requests race), take a token, set the headers; 429 when refused.
        throw new NotImplementedYetException("limit each API key with its token bucket", "Exercise 9: Rate limiting");
    }
}
