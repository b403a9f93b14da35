package dev.backendlab.phase15.frames;

import java.nio.charset.StandardCharsets;

/** What an application receives: whole data messages, and control frames as they arrive. */
public sealed interface Message {

    /** A text message, reassembled and checked to be UTF-8. */
    record Text(String text) implements Message {
    }

    /** A binary message, reassembled. */
    record Binary(byte[] data) implements Message {
    }

    record Ping(byte[] data) implements Message {
    }

    record Pong(byte[] data) implements Message {
    }

    /**
     * A close frame, parsed.
     *
     * @param code   the status code; {@link CloseCodes#NO_STATUS_RECEIVED} when the frame had none
     * @param reason the UTF-8 reason, empty when none
     */
    record Close(int code, String reason) implements Message {
    }

    /** For failure messages: text as text, bytes as UTF-8 where they decode. */
    static String describe(Message message) {
        if (message instanceof Binary b) {
            return "Binary(" + b.data().length + " bytes)";
        }
        if (message instanceof Ping p) {
            return "Ping(" + new String(p.data(), StandardCharsets.UTF_8) + ")";
        }
        if (message instanceof Pong p) {
            return "Pong(" + new String(p.data(), StandardCharsets.UTF_8) + ")";
        }
        return String.valueOf(message);
    }
}
