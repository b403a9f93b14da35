package dev.backendlab.phase01.streams;

import java.util.Arrays;

/**
 * Re-cuts a byte stream into chunks of exactly {@code size} bytes (the last one may be shorter):
 * the framing step before a block cipher, or a fixed-size upload part.
 */
public final class FixedSizeChunker extends Transform {

    private final byte[] pending;
    private int filled;

    public FixedSizeChunker(int size, int highWaterMark) {
        super(highWaterMark);
        this.pending = new byte[size];
    }

    @Override
    protected void doTransform(byte[] chunk) {
        int offset = 0;
        while (offset < chunk.length) {
            int n = Math.min(pending.length - filled, chunk.length - offset);
            System.arraycopy(chunk, offset, pending, filled, n);
            filled += n;
            offset += n;
            if (filled == pending.length) {
                push(pending.clone());
                filled = 0;
            }
        }
    }

    @Override
    protected void doFlush() {
        if (filled > 0) {
            push(Arrays.copyOf(pending, filled));
            filled = 0;
        }
    }
}
