package dev.backendlab.phase06.sessions;

import dev.backendlab.grader.NotImplementedYetException;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sessions in Redis, shared by every app node: log in on one, be known on all.
 *
 * <p>Session {@code id} is the hash {@code keyPrefix + "session:" + id} with the fields
 * {@code userId}, {@code createdAt} and {@code lastAccessAt} (epoch milliseconds, from
 * {@code clock}) and one field {@code "attr:" + name} per attribute. The ids of a user's sessions
 * are in the set {@code keyPrefix + "user:" + userId + ":sessions"}.
 *
 * <p>A session is live while {@code now < lastAccessAt + idleTimeout} and
 * {@code now < createdAt + absoluteLifetime}, now being {@code clock.instant()}. The hash's expiry
 * (PEXPIRE) is set to whichever of the two ends first, at creation and at every access, so Redis
 * deletes what is no longer live; the store checks both rules itself too, on the clock it is given.
 *
 * <p>Redis commands: HSET, HGETALL, PEXPIRE, DEL, SADD, SMEMBERS, SREM.
 */
public final class RedisSessionStore {

    public RedisSessionStore(RedisCommands<String, String> redis, String keyPrefix, SessionPolicy policy, Clock clock) {
        // TODO keep redis, keyPrefix, policy and clock in final fields
    }

    /** Logs {@code userId} in: a new session with a fresh random id (at least 128 bits, URL-safe), stored and indexed. */
    public Session create(String userId, Map<String, String> attributes) {
        // TODO random id; HSET the fields; PEXPIRE idleTimeout; SADD the id to the user's set
        throw new NotImplementedYetException("create and store a session", "Exercise 6: Sessions");
    }

    /**
     * The live session, its idle timeout restarted (lastAccessAt = now, expiry recomputed); empty
     * when it is unknown or no longer live, in which case it is deleted.
     */
    public Optional<Session> get(String sessionId) {
        // TODO HGETALL; check both lifetimes on the clock; HSET lastAccessAt; PEXPIRE min(idle, absolute left)
        throw new NotImplementedYetException("read a session and slide its expiry", "Exercise 6: Sessions");
    }

    /**
     * Sets one attribute of a live session.
     *
     * @throws UnknownSessionException when the session is not live
     */
    public void setAttribute(String sessionId, String name, String value) {
        // TODO only for a live session: HSET attr:<name>
        throw new NotImplementedYetException("set a session attribute", "Exercise 6: Sessions");
    }

    /**
     * Logout: deletes the session and takes it out of its user's set.
     *
     * @return whether there was such a session
     */
    public boolean destroy(String sessionId) {
        // TODO read its userId, DEL the hash, SREM it from the user's set
        throw new NotImplementedYetException("destroy a session at logout", "Exercise 6: Sessions");
    }

    /**
     * The user's live sessions, oldest login first (for "where am I logged in?"). Ids in the set whose
     * session is gone are removed from it. Listing does not count as using a session.
     */
    public List<Session> listForUser(String userId) {
        // TODO SMEMBERS, HGETALL each, drop and SREM the dead, sort by createdAt
        throw new NotImplementedYetException("list a user's sessions", "Exercise 6: Sessions");
    }

    /**
     * Logs the user out everywhere (password changed, account stolen).
     *
     * @return how many live sessions were revoked
     */
    public int revokeAll(String userId) {
        // TODO DEL every session in the user's set, then the set
        throw new NotImplementedYetException("revoke all of a user's sessions", "Exercise 6: Sessions");
    }
}
