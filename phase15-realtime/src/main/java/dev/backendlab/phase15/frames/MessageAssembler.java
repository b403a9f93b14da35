package dev.backendlab.phase15.frames;

import dev.backendlab.grader.NotImplementedYetException;
import java.util.Optional;

/**
 * Turns the frames of one connection, in arrival order, into messages (RFC 6455 section 5.4).
 *
 * <p>A data message is a TEXT or BINARY frame followed by CONTINUATION frames until one has FIN.
 * Control frames may arrive between them and are handed out at once. One instance per connection:
 * it remembers the message in progress.
 */
public final class MessageAssembler {

    /** @param maxMessageSize the most payload bytes one data message may add up to */
    public MessageAssembler(long maxMessageSize) {
        // TODO keep maxMessageSize in a final field
    }

    /**
     * Takes the next frame (already decoded, so its header is valid).
     *
     * @return a whole message when this frame completes one, or a control frame's message at once;
     *         empty while a fragmented message is still coming
     * @throws ProtocolViolation with 1002 for a CONTINUATION when no message is in progress, a TEXT
     *         or BINARY while one is, a close payload of 1 byte, a close code that may not be sent
     *         (allowed: 1000-1003, 1007-1014, 3000-4999); with 1007 for a text message or close
     *         reason that is not valid UTF-8 (a character may be split across fragments); with
     *         1009 when a message grows past {@code maxMessageSize}
     */
    public Optional<Message> accept(Frame frame) {
        // TODO control frames first, then start, continue or finish the data message.
        throw new NotImplementedYetException("reassemble frames into messages", "Exercise 2: Frame codec");
    }
}
