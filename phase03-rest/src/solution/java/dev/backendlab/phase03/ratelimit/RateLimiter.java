package dev.backendlab.phase03.ratelimit;

import dev.backendlab.phase03.catalogue.ApiException;
import dev.backendlab.web.Exchange;
import dev.backendlab.web.Handler;
import dev.backendlab.web.Middleware;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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

    private final Clock clock;
    private final long capacity;
    private final Duration refillEvery;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    public RateLimiter(Clock clock, long capacity, Duration refillEvery) {
        this.clock = clock;
        this.capacity = capacity;
        this.refillEvery = refillEvery;
    }

    @Override
    public void handle(Exchange exchange, Handler next) throws Exception {
        String key = exchange.header(API_KEY);
        if (key == null || key.isBlank()) {
            throw new ApiException(401, "send your API key in the " + API_KEY + " header");
        }
        // computeIfAbsent: two first requests of a key at once must share one bucket.
        Decision decision = buckets.computeIfAbsent(key, k -> new TokenBucket(capacity, refillEvery, clock)).tryTake();
        String policy = "\"default\";q=" + capacity + ";w=" + seconds(refillEvery.multipliedBy(capacity));
        String state = "\"default\";r=" + decision.remaining() + ";t=" + seconds(decision.untilFull());
        if (!decision.allowed()) {
            throw new ApiException(429, "too many requests for this API key; retry in " + seconds(decision.retryAfter()) + " s")
                    .withHeader("Retry-After", Long.toString(seconds(decision.retryAfter())))
                    .withHeader("RateLimit-Policy", policy)
                    .withHeader("RateLimit", state);
        }
        next.handle(exchange);
        exchange.header("RateLimit-Policy", policy);
        exchange.header("RateLimit", state);
    }

    private static long seconds(Duration duration) {
        long whole = duration.getSeconds();
        return duration.getNano() > 0 ? whole + 1 : whole;
    }
}
