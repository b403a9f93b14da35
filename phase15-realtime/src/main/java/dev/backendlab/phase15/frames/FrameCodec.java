package dev.backendlab.phase15.frames;

import dev.backendlab.grader.NotImplementedYetException;
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

    private FrameCodec() {
    }

    /**
     * The frame's bytes on the wire: FIN and RSV bits, opcode, MASK bit, the payload length in
     * the shortest form (7 bits up to 125, 126 then 16 bits up to 65535, else 127 then 64 bits,
     * all big-endian), the masking key if any, then the payload, XORed with
     * {@code key[i % 4]} when masked.
     */
    public static byte[] encode(Frame frame) {
        // TODO first byte, second byte, extended length, masking key, (masked) payload.
        throw new NotImplementedYetException("encode a frame to bytes", "Exercise 2: Frame codec");
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
        // TODO read the header step by step, checking each rule as soon as its bits are known.
        throw new NotImplementedYetException("decode a frame from bytes", "Exercise 2: Frame codec");
    }

    /**
     * An unmasked close frame whose payload is the code as 2 bytes big-endian followed by the
     * reason in UTF-8.
     *
     * @throws IllegalArgumentException when the reason takes more than 123 bytes in UTF-8 (the
     *         payload of a control frame is at most 125)
     */
    public static Frame closeFrame(int code, String reason) {
        // TODO 2 bytes of code, then the reason's UTF-8 bytes.
        throw new NotImplementedYetException("build a close frame", "Exercise 2: Frame codec");
    }
}
