package dev.backendlab.phase06.invalidation;

import dev.backendlab.grader.NotImplementedYetException;
import io.lettuce.core.RedisClient;
import java.time.Duration;
import java.util.Optional;

/**
 * One app node's two-level cache: a map in this JVM first (no network at all), Redis second
 * (shared by every node). A write on one node must evict the entry from every other node's map,
 * or they keep serving the old value: each write is announced on a pub/sub channel.
 *
 * <p>Redis: the value of {@code id} at {@code keyPrefix + id} with {@code PX ttl}; the channel
 * {@code keyPrefix + "invalidations"}. The message format is yours (every node runs this class);
 * a node may skip its own messages.
 *
 * <p>Pub/sub is fire and forget: a node disconnected while a message went out never gets it,
 * which is why the local level should have a short life of its own in production (left out here to
 * keep the coherence visible).
 *
 * <p>Redis commands: GET, SET PX, DEL, PUBLISH, SUBSCRIBE.
 */
public final class TwoLevelCache implements AutoCloseable {

    public TwoLevelCache(RedisClient client, String keyPrefix, Duration ttl) {
        // TODO keep client, keyPrefix and ttl in final fields
    }

    /**
     * Opens this node's connections (one for commands, one for pub/sub: a subscribed connection
     * can run nothing else) and subscribes to the channel. Returns once Redis confirmed the
     * subscription, so no write announced after {@code start} returns can be missed.
     */
    public void start() {
        // TODO client.connect(), client.connectPubSub(), addListener(...) that evicts, sync().subscribe(channel)
        throw new NotImplementedYetException("connect and subscribe to the invalidation channel", "Exercise 4: Invalidation");
    }

    /** From the local map; else from Redis (then kept in the local map); else empty. */
    public Optional<String> get(String id) {
        // TODO local map first, then GET
        throw new NotImplementedYetException("read the local level, then Redis", "Exercise 4: Invalidation");
    }

    /** Writes Redis ({@code SET PX ttl}) and the local map, then tells the other nodes to evict {@code id}. */
    public void put(String id, String value) {
        // TODO SET PX, local put, PUBLISH
        throw new NotImplementedYetException("write both levels and announce it", "Exercise 4: Invalidation");
    }

    /** Deletes {@code id} from Redis and the local map, then tells the other nodes to evict it. */
    public void invalidate(String id) {
        // TODO DEL, local remove, PUBLISH
        throw new NotImplementedYetException("delete both levels and announce it", "Exercise 4: Invalidation");
    }

    /** Whether this node's local map holds {@code id} right now (for tests and metrics). */
    public boolean isCachedLocally(String id) {
        // TODO look in the local map
        throw new NotImplementedYetException("report the local level", "Exercise 4: Invalidation");
    }

    /** Unsubscribes and closes this node's connections. */
    @Override
    public void close() {
        // TODO close the pub/sub and the command connection
        throw new NotImplementedYetException("close the node's connections", "Exercise 4: Invalidation");
    }
}
