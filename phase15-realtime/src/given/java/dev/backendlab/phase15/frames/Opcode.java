package dev.backendlab.phase15.frames;

import java.util.Optional;

/** The frame opcodes of RFC 6455 section 5.2; the other nine values are reserved. */
public enum Opcode {
    CONTINUATION(0x0),
    TEXT(0x1),
    BINARY(0x2),
    CLOSE(0x8),
    PING(0x9),
    PONG(0xA);

    private final int code;

    Opcode(int code) {
        this.code = code;
    }

    /** The 4-bit value on the wire. */
    public int code() {
        return code;
    }

    /** Control frames (close, ping, pong) have the high bit of the opcode set. */
    public boolean isControl() {
        return (code & 0x8) != 0;
    }

    /** The opcode with this 4-bit value; empty for a reserved value. */
    public static Optional<Opcode> fromCode(int code) {
        for (Opcode opcode : values()) {
            if (opcode.code == code) {
                return Optional.of(opcode);
            }
        }
        return Optional.empty();
    }
}
