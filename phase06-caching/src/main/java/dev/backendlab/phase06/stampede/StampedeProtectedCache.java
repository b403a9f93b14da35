package dev.backendlab.phase06.stampede;

import dev.backendlab.grader.NotImplementedYetException;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.util.function.Function;

/**
 * A cache of string values that runs the loader once per cold key, however many callers (threads,
 * or app nodes sharing the Redis) ask for it at the same time.
 *
 * <p>The value of {@code id} is at {@code keyPrefix + id}; its loading lock is
 * {@code keyPrefix + id + ":lock"}, taken with {@link RedisLock} for {@code lockTtl}.
 *
 * <p>Waiters poll. Pub/sub could wake them the moment the value lands, at the price of a
 * subscription per waiting key; for loads that take milliseconds a 10 ms poll is simpler.
 *
 * <p>Redis commands: GET, SET PX, and RedisLock's.
 */
public final class StampedeProtectedCache {

    /**
     * @param valueTtl lifetime of a cached value
     * @param lockTtl  lifetime of the loading lock: longer than a load takes, short enough that a
     *                 crashed loader's lock frees the key soon
     * @param maxWait  how long a caller waits for someone else's load before giving up
     */
    public StampedeProtectedCache(RedisCommands<String, String> redis, RedisLock lock, String keyPrefix,
            Duration valueTtl, Duration lockTtl, Duration maxWait) {
        // TODO keep redis, lock, keyPrefix, valueTtl, lockTtl and maxWait in final fields
    }

    /**
     * The cached value, or the loader's, loaded by exactly one caller at a time.
     *
     * <ul>
     *   <li>Hit: the value, no loader call.
     *   <li>Miss and the lock is free: take it, check the cache once more (a caller may have just
     *       filled it), load, {@code SET value PX valueTtl}, release the lock, return the value.
     *   <li>Miss and the lock is taken: wait, checking now and then for the value (return it) or
     *       for the lock to be gone (try to take it, as above), at most {@code maxWait}.
     *   <li>The loader throws: release the lock, cache nothing, let the exception propagate.
     * </ul>
     *
     * @throws LockWaitTimeoutException when no value appeared within {@code maxWait}
     */
    public String get(String id, Function<String, String> loader) {
        // TODO GET; on a miss loop { tryAcquire -> double-check, load, SET PX, release in finally;
        //  else short pause, GET again } until maxWait is spent
        throw new NotImplementedYetException("load a cold key once, with a lock", "Exercise 3: Stampede protection");
    }
}
