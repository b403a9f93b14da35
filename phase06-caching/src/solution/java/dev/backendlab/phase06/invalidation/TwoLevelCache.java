package dev.backendlab.phase06.invalidation;

import io.lettuce.core.RedisClient;
import io.lettuce.core.SetArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

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

    private final RedisClient client;
    private final String keyPrefix;
    private final Duration ttl;
    private final String nodeId = UUID.randomUUID().toString();
    private final Map<String, String> local = new ConcurrentHashMap<>();
    private StatefulRedisConnection<String, String> commands;
    private StatefulRedisPubSubConnection<String, String> pubSub;

    public TwoLevelCache(RedisClient client, String keyPrefix, Duration ttl) {
        this.client = client;
        this.keyPrefix = keyPrefix;
        this.ttl = ttl;
    }

    /**
     * Opens this node's connections (one for commands, one for pub/sub: a subscribed connection
     * can run nothing else) and subscribes to the channel. Returns once Redis confirmed the
     * subscription, so no write announced after {@code start} returns can be missed.
     */
    public void start() {
        commands = client.connect();
        pubSub = client.connectPubSub();
        pubSub.addListener(new RedisPubSubAdapter<>() {
            @Override
            public void message(String channel, String message) {
                int space = message.indexOf(' ');
                if (space > 0 && !message.substring(0, space).equals(nodeId)) {
                    local.remove(message.substring(space + 1));
                }
            }
        });
        pubSub.sync().subscribe(channel());
    }

    /** From the local map; else from Redis (then kept in the local map); else empty. */
    public Optional<String> get(String id) {
        String value = local.get(id);
        if (value != null) {
            return Optional.of(value);
        }
        value = commands.sync().get(keyPrefix + id);
        if (value != null) {
            local.put(id, value);
        }
        return Optional.ofNullable(value);
    }

    /** Writes Redis ({@code SET PX ttl}) and the local map, then tells the other nodes to evict {@code id}. */
    public void put(String id, String value) {
        commands.sync().set(keyPrefix + id, value, SetArgs.Builder.px(ttl.toMillis()));
        local.put(id, value);
        announce(id);
    }

    /** Deletes {@code id} from Redis and the local map, then tells the other nodes to evict it. */
    public void invalidate(String id) {
        commands.sync().del(keyPrefix + id);
        local.remove(id);
        announce(id);
    }

    /** Whether this node's local map holds {@code id} right now (for tests and metrics). */
    public boolean isCachedLocally(String id) {
        return local.containsKey(id);
    }

    /** Unsubscribes and closes this node's connections. */
    @Override
    public void close() {
        if (pubSub != null) {
            pubSub.close();
        }
        if (commands != null) {
            commands.close();
        }
    }

    private void announce(String id) {
        // Messages are "<node id> <key id>", so a node skips its own.
        commands.sync().publish(channel(), nodeId + " " + id);
    }

    private String channel() {
        return keyPrefix + "invalidations";
    }
}
