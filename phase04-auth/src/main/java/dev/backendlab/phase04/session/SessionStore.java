package dev.backendlab.phase04.session;

import dev.backendlab.grader.NotImplementedYetException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Server-side sessions in memory, with idle and absolute timeouts from an injected clock, and a new
 * id at every login so an id planted before login (session fixation) is worth nothing after it.
 */
public final class SessionStore {

    /** 256 bits per session id. */
    public static final int ID_BYTES = 32;

    public SessionStore(Clock clock, SecureRandom random, Duration idleTimeout, Duration absoluteTimeout) {
        // TODO keep the four arguments in final fields, and a ConcurrentHashMap of the sessions by id
    }

    /**
     * A new anonymous session (userId null), created now. Its id is {@link #ID_BYTES} random bytes in
     * Base64URL without padding.
     */
    public Session create() {
        // TODO a new Session(newId, null, now), kept in the map
        throw new NotImplementedYetException("create an anonymous session", "Exercise 4: Cookies and sessions");
    }

    /**
     * The live session with this id, touched now; empty if there is none, or if it expired: now is at
     * or past its last access plus the idle timeout, or its creation plus the absolute timeout. An
     * expired session is removed.
     */
    public Optional<Session> find(String id) {
        // TODO look up; expired by idle or absolute timeout: remove and return empty; else touch(now)
        throw new NotImplementedYetException("find a live session", "Exercise 4: Cookies and sessions");
    }

    /**
     * Logs {@code userId} in: a new session with a new id, created now, carrying over the attributes of
     * the live session {@code currentId} (if any), which is destroyed.
     *
     * @param currentId the id from the request's cookie, or null
     */
    public Session login(String currentId, String userId) {
        // TODO a NEW id for the user; copy the attributes of the live current session, then destroy it
        throw new NotImplementedYetException("log in with a new session id", "Exercise 4: Cookies and sessions");
    }

    /** Destroys the session; an unknown id changes nothing. */
    public void logout(String id) {
        // TODO remove the session
        throw new NotImplementedYetException("destroy a session at logout", "Exercise 4: Cookies and sessions");
    }
}
