package dev.backendlab.phase15.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One connected client as the application sees it: Socket.io's {@code socket}. Created by
 * {@link EventServer#connected}; handlers receive it.
 */
public final class EventSocket {

    private final EventServer server;
    private final Peer peer;
    private final AtomicLong nextAck = new AtomicLong(1);
    private final Map<Long, CompletableFuture<JsonNode>> pendingAcks = new ConcurrentHashMap<>();

    EventSocket(EventServer server, Peer peer) {
        this.server = server;
        this.peer = peer;
    }

    public String id() {
        return peer.id();
    }

    /** Sends {@code {"event": event, "data": data}} to this client. */
    public void emit(String event, JsonNode data) {
        send(envelope(event, data));
    }

    /**
     * Sends the event with a fresh "ack" number; the future completes with the data of the
     * client's acknowledgement, or fails with {@link AckTimeoutException} when none came within
     * {@code timeout}. A late acknowledgement is ignored.
     */
    public CompletableFuture<JsonNode> emitWithAck(String event, JsonNode data, Duration timeout) {
        long id = nextAck.getAndIncrement();
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        pendingAcks.put(id, reply);
        server.timers().schedule(() -> {
            if (pendingAcks.remove(id) != null) {
                reply.completeExceptionally(new AckTimeoutException(id(), event, timeout));
            }
        }, timeout.toMillis(), TimeUnit.MILLISECONDS);
        send(envelope(event, data).put("ack", id));
        return reply;
    }

    /** Joins {@code room}; the members already there get a "joined" presence notice. Joining twice is a no-op. */
    public void join(String room) {
        server.join(room, id());
    }

    /** Leaves {@code room}; the members still there get a "left" presence notice. */
    public void leave(String room) {
        server.leave(room, id());
    }

    /** The rooms this client is in. */
    public Set<String> rooms() {
        return server.roomsOf(id());
    }

    /** Sends the event to every member of {@code room} except this client: {@code socket.to(room).emit(...)}. */
    public void broadcastTo(String room, String event, JsonNode data) {
        server.sendToRoom(room, id(), event, data);
    }

    void acknowledged(long id, JsonNode data) {
        CompletableFuture<JsonNode> reply = pendingAcks.remove(id);
        if (reply != null) {
            reply.complete(data);
        }
    }

    void sendAck(long id, JsonNode data) {
        ObjectNode ack = EventServer.JSON.createObjectNode();
        ack.put("ack", id);
        ack.set("data", data);
        send(ack);
    }

    private static ObjectNode envelope(String event, JsonNode data) {
        ObjectNode message = EventServer.JSON.createObjectNode();
        message.put("event", event);
        message.set("data", data);
        return message;
    }

    private void send(ObjectNode message) {
        try {
            peer.send(EventServer.JSON.writeValueAsString(message));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
