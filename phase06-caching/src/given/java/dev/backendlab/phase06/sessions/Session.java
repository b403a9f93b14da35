package dev.backendlab.phase06.sessions;

import java.time.Instant;
import java.util.Map;

/**
 * One login session, as stored in Redis.
 *
 * @param id           the session id sent to the browser in a cookie: random, at least 128 bits
 * @param userId       whose session it is
 * @param createdAt    login time: the absolute lifetime counts from here
 * @param lastAccessAt the last time it was used: the idle timeout counts from here
 * @param attributes   what the app keeps in the session (a cart id, a CSRF token)
 */
public record Session(String id, String userId, Instant createdAt, Instant lastAccessAt, Map<String, String> attributes) {
}
