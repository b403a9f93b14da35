package dev.backendlab.phase04.session;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A server-side session, like express-session's {@code req.session}: an id, an owner, attributes. */
public final class Session {

    private final String id;
    private final String userId;
    private final Instant createdAt;
    private volatile Instant lastAccessedAt;
    private final Map<String, String> attributes = new ConcurrentHashMap<>();

    /** @param userId the logged-in user, or null for an anonymous session */
    public Session(String id, String userId, Instant createdAt) {
        this.id = id;
        this.userId = userId;
        this.createdAt = createdAt;
        this.lastAccessedAt = createdAt;
    }

    public String id() {
        return id;
    }

    /** The logged-in user, or null before login. */
    public String userId() {
        return userId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lastAccessedAt() {
        return lastAccessedAt;
    }

    /** Records an access: the idle timeout counts from the last one. */
    public void touch(Instant now) {
        lastAccessedAt = now;
    }

    /** The session's data, live: changes are kept with the session. */
    public Map<String, String> attributes() {
        return attributes;
    }
}
