package dev.backendlab.phase02.parser;

import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One request put back together from the parser's events: its head, its body (as ISO-8859-1 text,
 * so failures read well) and its trailers. {@code complete} is false when no RequestEnd came yet.
 */
record Message(RequestHead head, String body, List<HeaderField> trailers, boolean complete) {

    /** Groups events into messages, failing when they arrive out of the documented order. */
    static List<Message> assemble(List<ParseEvent> events) {
        List<Message> messages = new ArrayList<>();
        RequestHead head = null;
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (ParseEvent event : events) {
            if (event instanceof RequestHead h) {
                if (head != null) {
                    fail("a RequestHead came before the RequestEnd of the previous request (events: %s)", events);
                }
                head = h;
                body.reset();
            } else if (event instanceof BodyChunk chunk) {
                if (head == null) {
                    fail("a BodyChunk came without a RequestHead before it (events: %s)", events);
                }
                body.writeBytes(chunk.bytes());
            } else if (event instanceof RequestEnd end) {
                if (head == null) {
                    fail("a RequestEnd came without a RequestHead before it (events: %s)", events);
                }
                messages.add(new Message(head, body.toString(StandardCharsets.ISO_8859_1), end.trailers(), true));
                head = null;
            }
        }
        if (head != null) {
            messages.add(new Message(head, body.toString(StandardCharsets.ISO_8859_1), List.of(), false));
        }
        return messages;
    }
}
