package dev.backendlab.phase04.session;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Server-side sessions in memory, with idle and absolute timeouts from an injected clock, and a new
 * id at every login so an id planted before login (session fixation) is worth nothing after it.
 */
public final class SessionStore {

    /** 256 bits per session id. */
    public static final int ID_BYTES = 32;

    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final Clock clock;
    private final SecureRandom random;
    private final Duration idleTimeout;
    private final Duration absoluteTimeout;

    public SessionStore(Clock clock, SecureRandom random, Duration idleTimeout, Duration absoluteTimeout) {
        this.clock = clock;
        this.random = random;
        this.idleTimeout = idleTimeout;
        this.absoluteTimeout = absoluteTimeout;
    }

    /**
     * A new anonymous session (userId null), created now. Its id is {@link #ID_BYTES} random bytes in
     * Base64URL without padding.
     */
    public Session create() {
        return store(new Session(newId(), null, clock.instant()));
    }

    /**
     * The live session with this id, touched now; empty if there is none, or if it expired: now is at
     * or past its last access plus the idle timeout, or its creation plus the absolute timeout. An
     * expired session is removed.
     */
    public Optional<Session> find(String id) {
        Session session = id == null ? null : sessions.get(id);
        if (session == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (!now.isBefore(session.lastAccessedAt().plus(idleTimeout))
                || !now.isBefore(session.createdAt().plus(absoluteTimeout))) {
            sessions.remove(id, session);
            return Optional.empty();
        }
        session.touch(now);
        return Optional.of(session);
    }

    /**
     * Logs {@code userId} in: a new session with a new id, created now, carrying over the attributes of
     * the live session {@code currentId} (if any), which is destroyed.
     *
     * @param currentId the id from the request's cookie, or null
     */
    public Session login(String currentId, String userId) {
        Session next = new Session(newId(), userId, clock.instant());
        find(currentId).ifPresent(previous -> {
            next.attributes().putAll(previous.attributes());
            sessions.remove(previous.id());
        });
        return store(next);
    }

    /** Destroys the session; an unknown id changes nothing. */
    public void logout(String id) {
        if (id != null) {
            sessions.remove(id);
        }
    }

    private Session store(Session session) {
        sessions.put(session.id(), session);
        return session;
    }

    private String newId() {
        byte[] bytes = new byte[ID_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
