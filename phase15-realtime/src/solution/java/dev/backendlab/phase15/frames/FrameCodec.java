package dev.backendlab.phase15.frames;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Frames to bytes and back (RFC 6455 section 5.2), as pure functions: no streams, no state.
 *
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-------+-+-------------+-------------------------------+
 * |F|R|R|R| opcode|M| Payload len |    Extended payload length    |
 * |I|S|S|S|  (4)  |A|     (7)     |             (16/64)           |
 * |N|V|V|V|       |S|             |   (if payload len==126/127)   |
 * | |1|2|3|       |K|             |                               |
 * +-+-+-+-+-------+-+-------------+ - - - - - - - - - - - - - - - +
 * |     Extended payload length continued, if payload len == 127  |
 * + - - - - - - - - - - - - - - - +-------------------------------+
 * |                               |Masking-key, if MASK set to 1  |
 * +-------------------------------+-------------------------------+
 * | Masking-key (continued)       |          Payload Data         |
 * +-------------------------------- - - - - - - - - - - - - - - - +
 * </pre>
 */
public final class FrameCodec {

    /** Control frames carry at most this many payload bytes (section 5.5). */
    public static final int MAX_CONTROL_PAYLOAD = 125;

    private static final int LENGTH_16 = 126;
    private static final int LENGTH_64 = 127;

    private FrameCodec() {
    }

    /**
     * The frame's bytes on the wire: FIN and RSV bits, opcode, MASK bit, the payload length in
     * the shortest form (7 bits up to 125, 126 then 16 bits up to 65535, else 127 then 64 bits,
     * all big-endian), the masking key if any, then the payload, XORed with
     * {@code key[i % 4]} when masked.
     */
    public static byte[] encode(Frame frame) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(frame.payload().length + 14);
        out.write((frame.fin() ? 0x80 : 0) | frame.rsv() << 4 | frame.opcode().code());
        int maskBit = frame.isMasked() ? 0x80 : 0;
        int length = frame.payload().length;
        if (length <= MAX_CONTROL_PAYLOAD) {
            out.write(maskBit | length);
        } else if (length <= 0xFFFF) {
            out.write(maskBit | LENGTH_16);
            out.writeBytes(ByteBuffer.allocate(2).putShort((short) length).array());
        } else {
            out.write(maskBit | LENGTH_64);
            out.writeBytes(ByteBuffer.allocate(8).putLong(length).array());
        }
        if (frame.isMasked()) {
            out.writeBytes(frame.maskingKey());
            out.writeBytes(mask(frame.payload(), 0, length, frame.maskingKey()));
        } else {
            out.writeBytes(frame.payload());
        }
        return out.toByteArray();
    }

    /**
     * Reads one frame from the start of {@code bytes}.
     *
     * @param bytes      what has arrived so far; may hold less than a frame, or more than one
     * @param sender     who sent the bytes: a client's frames must be masked, a server's must not
     * @param maxPayload the largest payload accepted in one frame
     * @return the frame (payload unmasked) and its length on the wire, or empty when
     *         {@code bytes} does not hold a whole frame yet
     * @throws ProtocolViolation with 1002 for: RSV bits set (no extension is negotiated here), a
     *         reserved opcode, a control frame without FIN or with more than 125 bytes, a client
     *         frame without mask or a server frame with one, a 64-bit length with its high bit
     *         set; with 1009 as soon as the header declares more than {@code maxPayload} bytes,
     *         without waiting for them to arrive
     */
    public static Optional<Decoded> decode(byte[] bytes, Side sender, long maxPayload) {
        if (bytes.length < 2) {
            return Optional.empty();
        }
        boolean fin = (bytes[0] & 0x80) != 0;
        int rsv = (bytes[0] >> 4) & 0x7;
        expect(rsv == 0, "reserved bits set without an extension");
        Opcode opcode = Opcode.fromCode(bytes[0] & 0x0F)
                .orElseThrow(() -> violation("reserved opcode 0x" + Integer.toHexString(bytes[0] & 0x0F)));
        expect(fin || !opcode.isControl(), "fragmented control frame");
        boolean masked = (bytes[1] & 0x80) != 0;
        expect(masked || sender == Side.SERVER, "client frame not masked");
        expect(!masked || sender == Side.CLIENT, "server frame masked");

        int position = 2;
        long length = bytes[1] & 0x7F;
        if (length == LENGTH_16) {
            if (bytes.length < position + 2) {
                return Optional.empty();
            }
            length = ByteBuffer.wrap(bytes, position, 2).getShort() & 0xFFFF;
            position += 2;
        } else if (length == LENGTH_64) {
            if (bytes.length < position + 8) {
                return Optional.empty();
            }
            length = ByteBuffer.wrap(bytes, position, 8).getLong();
            expect(length >= 0, "64-bit payload length with the high bit set");
            position += 8;
        }
        expect(!opcode.isControl() || length <= MAX_CONTROL_PAYLOAD, "control frame over 125 bytes");
        if (length > maxPayload) {
            throw new ProtocolViolation(CloseCodes.MESSAGE_TOO_BIG, "frame of " + length + " bytes");
        }

        byte[] key = null;
        if (masked) {
            if (bytes.length < position + 4) {
                return Optional.empty();
            }
            key = Arrays.copyOfRange(bytes, position, position + 4);
            position += 4;
        }
        if (bytes.length - position < length) {
            return Optional.empty();
        }
        byte[] payload = masked
                ? mask(bytes, position, (int) length, key)
                : Arrays.copyOfRange(bytes, position, position + (int) length);
        return Optional.of(new Decoded(new Frame(fin, rsv, opcode, key, payload), position + (int) length));
    }

    /**
     * An unmasked close frame whose payload is the code as 2 bytes big-endian followed by the
     * reason in UTF-8.
     *
     * @throws IllegalArgumentException when the reason takes more than 123 bytes in UTF-8 (the
     *         payload of a control frame is at most 125)
     */
    public static Frame closeFrame(int code, String reason) {
        byte[] text = reason.getBytes(StandardCharsets.UTF_8);
        if (text.length > MAX_CONTROL_PAYLOAD - 2) {
            throw new IllegalArgumentException("a close reason is at most 123 bytes: " + text.length);
        }
        ByteBuffer payload = ByteBuffer.allocate(2 + text.length).putShort((short) code).put(text);
        return Frame.of(true, Opcode.CLOSE, payload.array());
    }

    // Masking is its own inverse: the same XOR masks and unmasks.
    private static byte[] mask(byte[] source, int offset, int length, byte[] key) {
        byte[] result = new byte[length];
        for (int i = 0; i < length; i++) {
            result[i] = (byte) (source[offset + i] ^ key[i & 3]);
        }
        return result;
    }

    private static void expect(boolean rule, String otherwise) {
        if (!rule) {
            throw violation(otherwise);
        }
    }

    private static ProtocolViolation violation(String reason) {
        return new ProtocolViolation(CloseCodes.PROTOCOL_ERROR, reason);
    }
}
