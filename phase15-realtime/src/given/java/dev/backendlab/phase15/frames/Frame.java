package dev.backendlab.phase15.frames;

import java.util.HexFormat;

/**
 * One WebSocket frame (RFC 6455 section 5.2), with its payload unmasked.
 *
 * @param fin        whether this is the last frame of its message
 * @param rsv        the three reserved bits RSV1 RSV2 RSV3 as a number from 0 to 7 (RSV1 is 4)
 * @param opcode     what the payload is
 * @param maskingKey the 4-byte key the payload is masked with on the wire, or {@code null} when
 *                   the frame is not masked
 * @param payload    the application data, unmasked
 */
public record Frame(boolean fin, int rsv, Opcode opcode, byte[] maskingKey, byte[] payload) {

    public Frame {
        if (rsv < 0 || rsv > 7) {
            throw new IllegalArgumentException("rsv is three bits, 0 to 7: " + rsv);
        }
        if (maskingKey != null && maskingKey.length != 4) {
            throw new IllegalArgumentException("a masking key is 4 bytes: " + maskingKey.length);
        }
    }

    /** An unmasked frame without reserved bits, as a server sends it. */
    public static Frame of(boolean fin, Opcode opcode, byte[] payload) {
        return new Frame(fin, 0, opcode, null, payload);
    }

    /** The same frame masked with {@code key}, as a client sends it. */
    public Frame masked(byte[] key) {
        return new Frame(fin, rsv, opcode, key, payload);
    }

    public boolean isMasked() {
        return maskingKey != null;
    }

    @Override
    public String toString() {
        return "Frame[fin=" + fin + ", rsv=" + rsv + ", opcode=" + opcode
                + ", mask=" + (maskingKey == null ? "none" : HexFormat.of().formatHex(maskingKey))
                + ", payload(" + payload.length + ")=" + preview(payload) + "]";
    }

    private static String preview(byte[] bytes) {
        String hex = HexFormat.ofDelimiter(" ").formatHex(bytes, 0, Math.min(bytes.length, 32));
        return bytes.length > 32 ? hex + " ..." : hex;
    }
}
