package dev.backendlab.phase06.ratelimit;

/** Decides, per client, whether one more request is allowed, and counts it if it is. */
public interface RateLimiter {

    /**
     * @param clientId who is asking (an API key, a user id, an IP address)
     * @throws IllegalArgumentException when {@code clientId} is blank
     */
    RateLimitDecision tryAcquire(String clientId);
}
