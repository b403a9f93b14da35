package dev.backendlab.phase06.stampede;

import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SetArgs;
import io.lettuce.core.api.sync.RedisCommands;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A lock in one Redis key, that expires on its own if its holder dies.
 *
 * <p>Acquire: {@code SET key token NX PX ttl}, with a fresh random token per acquisition.
 * Release: a Lua script that deletes the key only if it still holds the caller's token, so a
 * holder whose lock already expired (and was taken by someone else) cannot delete the new
 * holder's lock. A GET followed by a DEL from the client would have exactly that race.
 *
 * <p>Redis commands: SET NX PX, EVAL.
 */
public final class RedisLock {

    private static final String COMPARE_AND_DELETE = """
            if redis.call('get', KEYS[1]) == ARGV[1] then
              return redis.call('del', KEYS[1])
            end
            return 0
            """;

    private final RedisCommands<String, String> redis;
    private final SecureRandom random = new SecureRandom();

    public RedisLock(RedisCommands<String, String> redis) {
        this.redis = redis;
    }

    /**
     * Tries once, without waiting.
     *
     * @return the token when this call got the lock; empty when someone else holds it
     * @throws IllegalArgumentException when {@code ttl} is not positive: a lock that never expires
     *                                  stays forever when its holder crashes
     */
    public Optional<LockToken> tryAcquire(String key, Duration ttl) {
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("a lock needs a positive TTL, got " + ttl);
        }
        String token = newToken();
        String reply = redis.set(key, token, SetArgs.Builder.nx().px(ttl.toMillis()));
        return "OK".equals(reply) ? Optional.of(new LockToken(key, token)) : Optional.empty();
    }

    /**
     * Releases the lock if {@code lock}'s token still holds it, atomically, in one script.
     *
     * @return true when this call deleted the lock; false when it had expired or belongs to another token
     */
    public boolean release(LockToken lock) {
        Long deleted = redis.eval(COMPARE_AND_DELETE, ScriptOutputType.INTEGER, new String[] {lock.key()}, lock.token());
        return deleted != null && deleted == 1L;
    }

    private String newToken() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
