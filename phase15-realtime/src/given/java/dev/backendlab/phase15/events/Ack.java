package dev.backendlab.phase15.events;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The reply to an event the client sent with an acknowledgement id: calling it sends
 * {@code {"ack": <id>, "data": <data>}} back. For an event sent without one it does nothing.
 */
@FunctionalInterface
public interface Ack {

    void reply(JsonNode data);
}
