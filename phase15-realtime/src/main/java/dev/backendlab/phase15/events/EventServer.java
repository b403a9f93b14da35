package dev.backendlab.phase15.events;

import com.fasterxml.jackson.databind.JsonNode;
import dev.backendlab.grader.NotImplementedYetException;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;

/**
 * A Socket.io-style layer over plain text messages: named events with JSON payloads,
 * acknowledgements, rooms and presence. The transport calls {@link #connected}, {@link #received}
 * and {@link #disconnected}; the application registers handlers with {@link #on}.
 *
 * <p>The wire format, one JSON object per text message:
 * <ul>
 *   <li>an event: {@code {"event": "chat", "data": <any JSON>}}, with {@code "ack": <number>}
 *       when the sender wants an acknowledgement;</li>
 *   <li>an acknowledgement: {@code {"ack": <the event's number>, "data": <any JSON>}};</li>
 *   <li>presence notices, sent to the other members of a room:
 *       {@code {"event": "presence", "data": {"room": "lobby", "joined": "<peer id>"}}} and
 *       {@code {... "left": "<peer id>"}};</li>
 *   <li>the answer to a message that is not such JSON, or to an event nobody handles:
 *       {@code {"event": "error", "data": {"message": "<what was wrong>"}}}; the connection stays.</li>
 * </ul>
 *
 * <p>Transports call in from several threads at once: the layer is thread-safe.
 */
public final class EventServer {

    /** @param timers runs acknowledgement timeouts */
    public EventServer(ScheduledExecutorService timers) {
        // TODO keep timers in a final field
    }

    /** Registers the handler of event {@code event}, replacing any earlier one. */
    public void on(String event, EventHandler handler) {
        // TODO remember it.
        throw new NotImplementedYetException("register an event handler", "Exercise 4: A Socket.io-style layer");
    }

    /** A peer finished its handshake: it gets an {@link EventSocket}. */
    public void connected(Peer peer) {
        // TODO create and remember its EventSocket.
        throw new NotImplementedYetException("accept a connection", "Exercise 4: A Socket.io-style layer");
    }

    /**
     * A text message from {@code peer}: an event goes to its handler (with an {@link Ack} that
     * sends the acknowledgement when the message had an "ack" number), an acknowledgement
     * completes the future of the matching {@link EventSocket#emitWithAck}; anything else is
     * answered with an "error" event.
     */
    public void received(Peer peer, String text) {
        // TODO parse, then dispatch.
        throw new NotImplementedYetException("dispatch a message", "Exercise 4: A Socket.io-style layer");
    }

    /** The peer is gone: it leaves every room (with "left" notices to the others). */
    public void disconnected(Peer peer) {
        // TODO leave every room, forget the socket.
        throw new NotImplementedYetException("forget a connection", "Exercise 4: A Socket.io-style layer");
    }

    /** Sends the event to every member of {@code room}: {@code io.to(room).emit(event, data)}. */
    public void emitToRoom(String room, String event, JsonNode data) {
        // TODO every member of the room.
        throw new NotImplementedYetException("emit to a room", "Exercise 4: A Socket.io-style layer");
    }

    /** The ids of the peers in {@code room}, empty for a room nobody is in. */
    public Set<String> members(String room) {
        // TODO presence.
        throw new NotImplementedYetException("list a room's members", "Exercise 4: A Socket.io-style layer");
    }
}
