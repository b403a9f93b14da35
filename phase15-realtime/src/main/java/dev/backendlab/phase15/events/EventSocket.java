package dev.backendlab.phase15.events;

import com.fasterxml.jackson.databind.JsonNode;
import dev.backendlab.grader.NotImplementedYetException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * One connected client as the application sees it: Socket.io's {@code socket}. Created by
 * {@link EventServer#connected}; handlers receive it.
 */
public final class EventSocket {

    EventSocket(EventServer server, Peer peer) {
        // TODO keep server and peer in final fields
    }

    public String id() {
        // TODO return the peer's id
        throw new NotImplementedYetException("name the client by its peer's id", "Exercise 4: A Socket.io-style layer");
    }

    /** Sends {@code {"event": event, "data": data}} to this client. */
    public void emit(String event, JsonNode data) {
        // TODO build the JSON object, send it.
        throw new NotImplementedYetException("emit an event", "Exercise 4: A Socket.io-style layer");
    }

    /**
     * Sends the event with a fresh "ack" number; the future completes with the data of the
     * client's acknowledgement, or fails with {@link AckTimeoutException} when none came within
     * {@code timeout}. A late acknowledgement is ignored.
     */
    public CompletableFuture<JsonNode> emitWithAck(String event, JsonNode data, Duration timeout) {
        // TODO number, remember the future, schedule its timeout.
        throw new NotImplementedYetException("emit with an acknowledgement", "Exercise 4: A Socket.io-style layer");
    }

    /** Joins {@code room}; the members already there get a "joined" presence notice. Joining twice is a no-op. */
    public void join(String room) {
        // TODO membership, then the notice.
        throw new NotImplementedYetException("join a room", "Exercise 4: A Socket.io-style layer");
    }

    /** Leaves {@code room}; the members still there get a "left" presence notice. */
    public void leave(String room) {
        // TODO membership, then the notice.
        throw new NotImplementedYetException("leave a room", "Exercise 4: A Socket.io-style layer");
    }

    /** The rooms this client is in. */
    public Set<String> rooms() {
        // TODO membership.
        throw new NotImplementedYetException("list the rooms of a client", "Exercise 4: A Socket.io-style layer");
    }

    /** Sends the event to every member of {@code room} except this client: {@code socket.to(room).emit(...)}. */
    public void broadcastTo(String room, String event, JsonNode data) {
        // TODO every member but this one.
        throw new NotImplementedYetException("broadcast to a room except the sender", "Exercise 4: A Socket.io-style layer");
    }
}
