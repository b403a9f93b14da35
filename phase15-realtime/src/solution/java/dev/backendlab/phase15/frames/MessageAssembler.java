package dev.backendlab.phase15.frames;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Turns the frames of one connection, in arrival order, into messages (RFC 6455 section 5.4).
 *
 * <p>A data message is a TEXT or BINARY frame followed by CONTINUATION frames until one has FIN.
 * Control frames may arrive between them and are handed out at once. One instance per connection:
 * it remembers the message in progress.
 */
public final class MessageAssembler {

    private final long maxMessageSize;
    private Opcode inProgress;
    private final ByteArrayOutputStream parts = new ByteArrayOutputStream();

    /** @param maxMessageSize the most payload bytes one data message may add up to */
    public MessageAssembler(long maxMessageSize) {
        this.maxMessageSize = maxMessageSize;
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
        switch (frame.opcode()) {
            case PING:
                return Optional.of(new Message.Ping(frame.payload()));
            case PONG:
                return Optional.of(new Message.Pong(frame.payload()));
            case CLOSE:
                return Optional.of(close(frame.payload()));
            case CONTINUATION:
                if (inProgress == null) {
                    throw new ProtocolViolation(CloseCodes.PROTOCOL_ERROR, "continuation without a message");
                }
                break;
            default:
                if (inProgress != null) {
                    throw new ProtocolViolation(CloseCodes.PROTOCOL_ERROR, "new message before the last one ended");
                }
                inProgress = frame.opcode();
        }
        if ((long) parts.size() + frame.payload().length > maxMessageSize) {
            throw new ProtocolViolation(CloseCodes.MESSAGE_TOO_BIG, "message over " + maxMessageSize + " bytes");
        }
        parts.writeBytes(frame.payload());
        if (!frame.fin()) {
            return Optional.empty();
        }
        byte[] data = parts.toByteArray();
        Opcode type = inProgress;
        parts.reset();
        inProgress = null;
        return Optional.of(type == Opcode.TEXT ? new Message.Text(utf8(data)) : new Message.Binary(data));
    }

    private static Message.Close close(byte[] payload) {
        if (payload.length == 0) {
            return new Message.Close(CloseCodes.NO_STATUS_RECEIVED, "");
        }
        if (payload.length == 1) {
            throw new ProtocolViolation(CloseCodes.PROTOCOL_ERROR, "close payload of 1 byte");
        }
        int code = ByteBuffer.wrap(payload, 0, 2).getShort() & 0xFFFF;
        if (!maySend(code)) {
            throw new ProtocolViolation(CloseCodes.PROTOCOL_ERROR, "close code " + code + " may not be sent");
        }
        return new Message.Close(code, utf8(Arrays.copyOfRange(payload, 2, payload.length)));
    }

    // 1004 is reserved, 1005, 1006 and 1015 stand for things no frame carries, 1016-2999 are
    // unassigned; 3000-3999 belong to libraries and 4000-4999 to applications.
    private static boolean maySend(int code) {
        return (code >= 1000 && code <= 1003) || (code >= 1007 && code <= 1014) || (code >= 3000 && code <= 4999);
    }

    // The whole message is checked at once, so a character split across fragments is fine.
    private static String utf8(byte[] data) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer text = decoder.decode(ByteBuffer.wrap(data));
            return text.toString();
        } catch (CharacterCodingException e) {
            throw new ProtocolViolation(CloseCodes.INVALID_PAYLOAD, "not UTF-8");
        }
    }
}
