package dev.backendlab.phase06.sessions;

import io.lettuce.core.api.sync.RedisCommands;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
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

    private static final String ATTR = "attr:";

    private final RedisCommands<String, String> redis;
    private final String keyPrefix;
    private final SessionPolicy policy;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public RedisSessionStore(RedisCommands<String, String> redis, String keyPrefix, SessionPolicy policy, Clock clock) {
        this.redis = redis;
        this.keyPrefix = keyPrefix;
        this.policy = policy;
        this.clock = clock;
    }

    /** Logs {@code userId} in: a new session with a fresh random id (at least 128 bits, URL-safe), stored and indexed. */
    public Session create(String userId, Map<String, String> attributes) {
        Instant now = now();
        String id = newId();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("userId", userId);
        fields.put("createdAt", Long.toString(now.toEpochMilli()));
        fields.put("lastAccessAt", Long.toString(now.toEpochMilli()));
        attributes.forEach((name, value) -> fields.put(ATTR + name, value));
        redis.hset(sessionKey(id), fields);
        redis.pexpire(sessionKey(id), expiryMillis(now, now));
        redis.sadd(userKey(userId), id);
        return new Session(id, userId, now, now, Map.copyOf(attributes));
    }

    /**
     * The live session, its idle timeout restarted (lastAccessAt = now, expiry recomputed); empty
     * when it is unknown or no longer live, in which case it is deleted.
     */
    public Optional<Session> get(String sessionId) {
        Optional<Session> live = readLive(sessionId);
        if (live.isEmpty()) {
            return live;
        }
        Session session = live.get();
        Instant now = now();
        redis.hset(sessionKey(sessionId), "lastAccessAt", Long.toString(now.toEpochMilli()));
        redis.pexpire(sessionKey(sessionId), expiryMillis(session.createdAt(), now));
        return Optional.of(new Session(session.id(), session.userId(), session.createdAt(), now, session.attributes()));
    }

    /**
     * Sets one attribute of a live session.
     *
     * @throws UnknownSessionException when the session is not live
     */
    public void setAttribute(String sessionId, String name, String value) {
        if (readLive(sessionId).isEmpty()) {
            throw new UnknownSessionException(sessionId);
        }
        redis.hset(sessionKey(sessionId), ATTR + name, value);
    }

    /**
     * Logout: deletes the session and takes it out of its user's set.
     *
     * @return whether there was such a session
     */
    public boolean destroy(String sessionId) {
        String userId = redis.hget(sessionKey(sessionId), "userId");
        if (userId == null) {
            return false;
        }
        redis.del(sessionKey(sessionId));
        redis.srem(userKey(userId), sessionId);
        return true;
    }

    /**
     * The user's live sessions, oldest login first (for "where am I logged in?"). Ids in the set whose
     * session is gone are removed from it. Listing does not count as using a session.
     */
    public List<Session> listForUser(String userId) {
        List<Session> live = new ArrayList<>();
        for (String id : redis.smembers(userKey(userId))) {
            readLive(id).ifPresentOrElse(live::add, () -> redis.srem(userKey(userId), id));
        }
        live.sort(Comparator.comparing(Session::createdAt));
        return live;
    }

    /**
     * Logs the user out everywhere (password changed, account stolen).
     *
     * @return how many live sessions were revoked
     */
    public int revokeAll(String userId) {
        String[] keys = redis.smembers(userKey(userId)).stream().map(this::sessionKey).toArray(String[]::new);
        long revoked = keys.length == 0 ? 0 : redis.del(keys);
        redis.del(userKey(userId));
        return (int) revoked;
    }

    /** The session if it exists and is live on the clock; a dead one is deleted. Does not touch it. */
    private Optional<Session> readLive(String sessionId) {
        if (sessionId == null || sessionId.isBlank()) {
            return Optional.empty();
        }
        Map<String, String> fields = redis.hgetall(sessionKey(sessionId));
        if (fields.isEmpty() || !fields.containsKey("userId")) {
            return Optional.empty();
        }
        Session session = fromFields(sessionId, fields);
        Instant now = now();
        boolean idle = !now.isBefore(session.lastAccessAt().plus(policy.idleTimeout()));
        boolean tooOld = !now.isBefore(session.createdAt().plus(policy.absoluteLifetime()));
        if (idle || tooOld) {
            redis.del(sessionKey(sessionId));
            redis.srem(userKey(session.userId()), sessionId);
            return Optional.empty();
        }
        return Optional.of(session);
    }

    private static Session fromFields(String id, Map<String, String> fields) {
        Map<String, String> attributes = new LinkedHashMap<>();
        fields.forEach((name, value) -> {
            if (name.startsWith(ATTR)) {
                attributes.put(name.substring(ATTR.length()), value);
            }
        });
        return new Session(id, fields.get("userId"), Instant.ofEpochMilli(Long.parseLong(fields.get("createdAt"))),
                Instant.ofEpochMilli(Long.parseLong(fields.get("lastAccessAt"))), Map.copyOf(attributes));
    }

    private long expiryMillis(Instant createdAt, Instant now) {
        Duration untilAbsoluteEnd = Duration.between(now, createdAt.plus(policy.absoluteLifetime()));
        Duration expiry = untilAbsoluteEnd.compareTo(policy.idleTimeout()) < 0 ? untilAbsoluteEnd : policy.idleTimeout();
        return Math.max(1, expiry.toMillis());
    }

    private Instant now() {
        return Instant.ofEpochMilli(clock.millis());
    }

    private String newId() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private String sessionKey(String id) {
        return keyPrefix + "session:" + id;
    }

    private String userKey(String userId) {
        return keyPrefix + "user:" + userId + ":sessions";
    }
}
