package dev.backendlab.phase15.events;

import com.fasterxml.jackson.databind.JsonNode;

/** What the application runs for a named event: {@code socket.on('chat', (data, ack) => ...)}. */
@FunctionalInterface
public interface EventHandler {

    /**
     * @param socket who sent the event
     * @param data   the event's JSON payload ({@code null} JSON when it had none)
     * @param ack    replies to the sender when it asked for an acknowledgement; a no-op otherwise
     */
    void handle(EventSocket socket, JsonNode data, Ack ack);
}
