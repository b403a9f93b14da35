package dev.backendlab.phase15.scaling;

import dev.backendlab.grader.NotImplementedYetException;
import dev.backendlab.phase15.events.Peer;
import io.lettuce.core.RedisClient;
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

    /**
     * Opens nothing yet: {@link #start} does.
     *
     * @param nodeId        this node's name, unique among the nodes sharing {@code channelPrefix}
     * @param redis         the client to open this node's connections with
     * @param channelPrefix put in front of every Redis channel name this node uses
     */
    public RedisRoomAdapter(String nodeId, RedisClient redis, String channelPrefix) {
        // TODO keep nodeId, redis and channelPrefix in final fields
    }

    /**
     * Connects to Redis and subscribes; returns once the subscription is active, so that every
     * broadcast published by any node after this returns reaches this node.
     *
     * @throws IllegalStateException when already started
     */
    public void start() {
        // TODO a pub/sub connection with a listener, subscribed (sync) before returning; a
        //  second connection to publish on.
        throw new NotImplementedYetException("connect and subscribe", "Exercise 5: Scaling");
    }

    /** {@code peer}, connected to this node, joins {@code room}; joining twice is a no-op. */
    public void join(String room, Peer peer) {
        // TODO remember the peer in the room, on this node only.
        throw new NotImplementedYetException("join a room on this node", "Exercise 5: Scaling");
    }

    /** {@code peer} leaves {@code room}: it gets no more of the room's messages, from any node. */
    public void leave(String room, Peer peer) {
        // TODO forget the peer in the room.
        throw new NotImplementedYetException("leave a room on this node", "Exercise 5: Scaling");
    }

    /** The ids of the members of {@code room} connected to this node. */
    public Set<String> localMembers(String room) {
        // TODO a copy of this node's members of the room.
        throw new NotImplementedYetException("list a room's local members", "Exercise 5: Scaling");
    }

    /**
     * Sends {@code text} to every member of {@code room} on every node: {@code io.to(room).emit}.
     *
     * @throws IllegalStateException when this node is not running (not started, or closed)
     */
    public void emitToRoom(String room, String text) {
        // TODO deliver to the local members, and publish so the other nodes deliver to theirs.
        throw new NotImplementedYetException("emit to a room on every node", "Exercise 5: Scaling");
    }

    /**
     * Sends {@code text} to every member of {@code room} on every node except the peer
     * {@code senderId}: {@code socket.to(room).emit}.
     *
     * @throws IllegalStateException when this node is not running (not started, or closed)
     */
    public void broadcastFrom(String senderId, String room, String text) {
        // TODO like emitToRoom, skipping the sender wherever it is.
        throw new NotImplementedYetException("broadcast except the sender", "Exercise 5: Scaling");
    }

    /**
     * Stops this node: unsubscribes and closes its connections. Its peers get nothing more; the
     * other nodes go on. Closing twice is a no-op.
     */
    @Override
    public void close() {
        // TODO close both connections.
        throw new NotImplementedYetException("stop a node", "Exercise 5: Scaling");
    }
}
