package dev.backendlab.phase15.scaling;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.backendlab.phase15.events.Peer;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * One server node's rooms, shared with the other nodes over Redis pub/sub: Socket.io's Redis
 * adapter in small. Several instances with the same {@code channelPrefix} are several server
 * nodes; each keeps only the peers connected to it.
 *
 * <p>The contract the tests check:
 * <ul>
 *   <li>a broadcast reaches every member of the room on every running node <b>exactly once</b>
 *       (members on the sending node too), and nobody outside the room;</li>
 *   <li>the messages of one sender (one node, one calling thread) reach every member in the order
 *       they were sent;</li>
 *   <li>a node that was closed gets nothing more, and the other nodes go on as before.</li>
 * </ul>
 *
 * <p>How the nodes talk over Redis is yours to choose: the tests only ever run your nodes with
 * each other. Use channel names that start with {@code channelPrefix}: other tests share the
 * Redis server. Thread-safe: transports call in from several threads, Redis messages arrive on
 * lettuce's threads.
 */
public final class RedisRoomAdapter implements AutoCloseable {

    // Every node keeps only its own peers; a broadcast is delivered to the local members at once and
    // published on one Redis channel, from which every other node delivers it to its own members. A
    // node ignores what it published itself, so every member gets it exactly once.
    //
    // One JSON object per Redis message on the channel channelPrefix + "rooms": {"node": "<sender node>",
    // "room": "...", "except": "<peer id or null>", "text": "..."}. One channel for every room keeps the
    // order simple: Redis hands each subscriber the messages in the order it received the PUBLISHes, and
    // each node publishes on one connection, so the messages of one sender arrive everywhere in the order
    // they were sent.

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String nodeId;
    private final RedisClient redis;
    private final String channel;
    // Guarded by "this": a delivery never interleaves with a join or leave of the same room.
    private final Map<String, Map<String, Peer>> rooms = new HashMap<>();
    private StatefulRedisPubSubConnection<String, String> subscriber;
    private StatefulRedisConnection<String, String> publisher;
    private boolean running;

    /**
     * Opens nothing yet: {@link #start} does.
     *
     * @param nodeId        this node's name, unique among the nodes sharing {@code channelPrefix}
     * @param redis         the client to open this node's connections with
     * @param channelPrefix put in front of every Redis channel name this node uses
     */
    public RedisRoomAdapter(String nodeId, RedisClient redis, String channelPrefix) {
        this.nodeId = nodeId;
        this.redis = redis;
        this.channel = channelPrefix + "rooms";
    }

    /**
     * Connects to Redis and subscribes; returns once the subscription is active, so that every
     * broadcast published by any node after this returns reaches this node.
     *
     * @throws IllegalStateException when already started
     */
    public synchronized void start() {
        if (running || subscriber != null) {
            throw new IllegalStateException("node " + nodeId + " was already started");
        }
        subscriber = redis.connectPubSub();
        subscriber.addListener(new RedisPubSubAdapter<>() {
            @Override
            public void message(String from, String message) {
                if (channel.equals(from)) {
                    remote(message);
                }
            }
        });
        subscriber.sync().subscribe(channel);
        publisher = redis.connect();
        running = true;
    }

    /** {@code peer}, connected to this node, joins {@code room}; joining twice is a no-op. */
    public synchronized void join(String room, Peer peer) {
        rooms.computeIfAbsent(room, r -> new LinkedHashMap<>()).put(peer.id(), peer);
    }

    /** {@code peer} leaves {@code room}: it gets no more of the room's messages, from any node. */
    public synchronized void leave(String room, Peer peer) {
        Map<String, Peer> members = rooms.get(room);
        if (members != null && members.remove(peer.id()) != null && members.isEmpty()) {
            rooms.remove(room);
        }
    }

    /** The ids of the members of {@code room} connected to this node. */
    public synchronized Set<String> localMembers(String room) {
        return Set.copyOf(rooms.getOrDefault(room, Map.of()).keySet());
    }

    /**
     * Sends {@code text} to every member of {@code room} on every node: {@code io.to(room).emit}.
     *
     * @throws IllegalStateException when this node is not running (not started, or closed)
     */
    public void emitToRoom(String room, String text) {
        broadcast(room, null, text);
    }

    /**
     * Sends {@code text} to every member of {@code room} on every node except the peer
     * {@code senderId}: {@code socket.to(room).emit}.
     *
     * @throws IllegalStateException when this node is not running (not started, or closed)
     */
    public void broadcastFrom(String senderId, String room, String text) {
        broadcast(room, senderId, text);
    }

    private synchronized void broadcast(String room, String except, String text) {
        if (!running) {
            throw new IllegalStateException("node " + nodeId + " is not running: start it first, and not after close");
        }
        deliver(room, except, text);
        ObjectNode message = JSON.createObjectNode()
                .put("node", nodeId).put("room", room).put("except", except).put("text", text);
        // async: the lock is not held across a round trip, and one connection keeps the order.
        publisher.async().publish(channel, write(message));
    }

    private void remote(String message) {
        JsonNode parsed;
        try {
            parsed = JSON.readTree(message);
        } catch (JsonProcessingException e) {
            return; // not from a node of this adapter: nothing to deliver
        }
        if (nodeId.equals(parsed.path("node").asText())) {
            return; // delivered locally when it was sent
        }
        JsonNode except = parsed.path("except");
        synchronized (this) {
            if (running) {
                deliver(parsed.path("room").asText(), except.isTextual() ? except.asText() : null,
                        parsed.path("text").asText());
            }
        }
    }

    private void deliver(String room, String except, String text) {
        rooms.getOrDefault(room, Map.of()).forEach((id, peer) -> {
            if (!id.equals(except)) {
                peer.send(text);
            }
        });
    }

    /**
     * Stops this node: unsubscribes and closes its connections. Its peers get nothing more; the
     * other nodes go on. Closing twice is a no-op.
     */
    @Override
    public void close() {
        StatefulRedisPubSubConnection<String, String> sub;
        StatefulRedisConnection<String, String> pub;
        synchronized (this) {
            running = false;
            sub = subscriber;
            pub = publisher;
            subscriber = null;
            publisher = null;
        }
        if (sub != null) {
            sub.close();
        }
        if (pub != null) {
            pub.close();
        }
    }

    private static String write(ObjectNode message) {
        try {
            return JSON.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
