package dev.backendlab.phase15.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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

    static final ObjectMapper JSON = new ObjectMapper();

    private final ScheduledExecutorService timers;
    private final Map<String, EventHandler> handlers = new ConcurrentHashMap<>();
    private final Map<String, EventSocket> sockets = new ConcurrentHashMap<>();
    // Guarded by "this": membership changes and the notices about them happen in one order.
    private final Map<String, Set<String>> rooms = new HashMap<>();

    /** @param timers runs acknowledgement timeouts */
    public EventServer(ScheduledExecutorService timers) {
        this.timers = timers;
    }

    /** Registers the handler of event {@code event}, replacing any earlier one. */
    public void on(String event, EventHandler handler) {
        handlers.put(event, handler);
    }

    /** A peer finished its handshake: it gets an {@link EventSocket}. */
    public void connected(Peer peer) {
        sockets.put(peer.id(), new EventSocket(this, peer));
    }

    /**
     * A text message from {@code peer}: an event goes to its handler (with an {@link Ack} that
     * sends the acknowledgement when the message had an "ack" number), an acknowledgement
     * completes the future of the matching {@link EventSocket#emitWithAck}; anything else is
     * answered with an "error" event.
     */
    public void received(Peer peer, String text) {
        EventSocket socket = sockets.get(peer.id());
        if (socket == null) {
            return;
        }
        JsonNode message;
        try {
            message = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            socket.emit("error", error("not JSON: " + e.getOriginalMessage()));
            return;
        }
        JsonNode data = message == null ? NullNode.getInstance() : message.path("data");
        if (message != null && message.path("event").isTextual()) {
            dispatch(socket, message.get("event").asText(), data.isMissingNode() ? NullNode.getInstance() : data,
                    message.path("ack"));
        } else if (message != null && message.path("ack").canConvertToLong()) {
            socket.acknowledged(message.get("ack").asLong(), data.isMissingNode() ? NullNode.getInstance() : data);
        } else {
            socket.emit("error", error("expected {\"event\": ...} or {\"ack\": ...}"));
        }
    }

    private void dispatch(EventSocket socket, String event, JsonNode data, JsonNode ackId) {
        EventHandler handler = handlers.get(event);
        if (handler == null) {
            socket.emit("error", error("no handler for '" + event + "'"));
            return;
        }
        Ack ack = ackId.canConvertToLong() ? reply -> socket.sendAck(ackId.asLong(), reply) : reply -> { };
        handler.handle(socket, data, ack);
    }

    /** The peer is gone: it leaves every room (with "left" notices to the others). */
    public void disconnected(Peer peer) {
        EventSocket socket = sockets.remove(peer.id());
        if (socket != null) {
            for (String room : socket.rooms()) {
                socket.leave(room);
            }
        }
    }

    /** Sends the event to every member of {@code room}: {@code io.to(room).emit(event, data)}. */
    public void emitToRoom(String room, String event, JsonNode data) {
        sendToRoom(room, null, event, data);
    }

    /** The ids of the peers in {@code room}, empty for a room nobody is in. */
    public synchronized Set<String> members(String room) {
        return Set.copyOf(rooms.getOrDefault(room, Set.of()));
    }

    synchronized void sendToRoom(String room, String except, String event, JsonNode data) {
        for (String id : rooms.getOrDefault(room, Set.of())) {
            EventSocket member = sockets.get(id);
            if (member != null && !id.equals(except)) {
                member.emit(event, data);
            }
        }
    }

    synchronized void join(String room, String id) {
        if (rooms.computeIfAbsent(room, r -> new LinkedHashSet<>()).add(id)) {
            sendToRoom(room, id, "presence", presence(room, "joined", id));
        }
    }

    synchronized void leave(String room, String id) {
        Set<String> members = rooms.get(room);
        if (members != null && members.remove(id)) {
            if (members.isEmpty()) {
                rooms.remove(room);
            }
            sendToRoom(room, id, "presence", presence(room, "left", id));
        }
    }

    synchronized Set<String> roomsOf(String id) {
        List<String> found = new ArrayList<>();
        rooms.forEach((room, members) -> {
            if (members.contains(id)) {
                found.add(room);
            }
        });
        return Set.copyOf(found);
    }

    ScheduledExecutorService timers() {
        return timers;
    }

    private static ObjectNode presence(String room, String change, String id) {
        return JsonNodeFactory.instance.objectNode().put("room", room).put(change, id);
    }

    private static ObjectNode error(String message) {
        return JsonNodeFactory.instance.objectNode().put("message", message);
    }
}
