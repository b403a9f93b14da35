package dev.backendlab.phase15.peers;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * A frame as the grading tests see it on the wire. The tests carry their own tiny codec, so that
 * grading the server never depends on the learner's codec of exercise 2.
 */
public record WireFrame(boolean fin, int rsv, int opcode, boolean masked, byte[] payload, byte[] wire) {

    public static final int TEXT = 0x1;
    public static final int BINARY = 0x2;
    public static final int CLOSE = 0x8;
    public static final int PING = 0x9;
    public static final int PONG = 0xA;

    private static final byte[] MASK = {0x12, 0x34, 0x56, 0x78};

    /** A client frame: masked unless told otherwise. */
    public static byte[] encode(int firstByte, byte[] payload, boolean mask) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(firstByte);
        int maskBit = mask ? 0x80 : 0;
        if (payload.length <= 125) {
            out.write(maskBit | payload.length);
        } else if (payload.length <= 0xFFFF) {
            out.write(maskBit | 126);
            out.writeBytes(ByteBuffer.allocate(2).putShort((short) payload.length).array());
        } else {
            out.write(maskBit | 127);
            out.writeBytes(ByteBuffer.allocate(8).putLong(payload.length).array());
        }
        if (mask) {
            out.writeBytes(MASK);
            for (int i = 0; i < payload.length; i++) {
                out.write(payload[i] ^ MASK[i & 3]);
            }
        } else {
            out.writeBytes(payload);
        }
        return out.toByteArray();
    }

    public static byte[] closePayload(int code, String reason) {
        byte[] text = reason.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(2 + text.length).putShort((short) code).put(text).array();
    }

    /** Reads one frame; throws EOFException when the connection ends first. */
    public static WireFrame read(DataInputStream in) throws IOException {
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        int b0 = in.readUnsignedByte();
        int b1 = in.readUnsignedByte();
        wire.write(b0);
        wire.write(b1);
        long length = b1 & 0x7F;
        if (length == 126) {
            int l = in.readUnsignedShort();
            wire.writeBytes(ByteBuffer.allocate(2).putShort((short) l).array());
            length = l;
        } else if (length == 127) {
            length = in.readLong();
            wire.writeBytes(ByteBuffer.allocate(8).putLong(length).array());
        }
        byte[] key = null;
        if ((b1 & 0x80) != 0) {
            key = new byte[4];
            in.readFully(key);
            wire.writeBytes(key);
        }
        byte[] payload = new byte[(int) length];
        in.readFully(payload);
        wire.writeBytes(payload);
        if (key != null) {
            for (int i = 0; i < payload.length; i++) {
                payload[i] ^= key[i & 3];
            }
        }
        return new WireFrame((b0 & 0x80) != 0, (b0 >> 4) & 7, b0 & 0x0F, key != null, payload, wire.toByteArray());
    }

    /** The close code of a close frame, -1 when it carries none. */
    public int closeCode() {
        return payload.length >= 2 ? ByteBuffer.wrap(payload, 0, 2).getShort() & 0xFFFF : -1;
    }

    public String text() {
        return new String(payload, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        String name = switch (opcode) {
            case 0 -> "CONTINUATION";
            case TEXT -> "TEXT";
            case BINARY -> "BINARY";
            case CLOSE -> "CLOSE(" + closeCode() + (payload.length > 2
                    ? " \"" + new String(payload, 2, payload.length - 2, StandardCharsets.UTF_8) + "\"" : "") + ")";
            case PING -> "PING";
            case PONG -> "PONG";
            default -> "opcode " + opcode;
        };
        return name + " fin=" + fin + " rsv=" + rsv + " masked=" + masked + " len=" + payload.length
                + " [" + hex(wire, 24) + "]";
    }

    public static String hex(byte[] bytes, int max) {
        String shown = HexFormat.ofDelimiter(" ").formatHex(bytes, 0, Math.min(max, bytes.length));
        return bytes.length > max ? shown + " ..." : shown;
    }
}
