package dev.backendlab.phase01.streams;

import dev.backendlab.grader.NotImplementedYetException;

/**
 * Re-cuts a byte stream into chunks of exactly {@code size} bytes (the last one may be shorter):
 * the framing step before a block cipher, or a fixed-size upload part.
 */
public final class FixedSizeChunker extends Transform {

    public FixedSizeChunker(int size, int highWaterMark) {
        super(highWaterMark);
        // TODO Keep a size-byte array for the chunk being filled, and how much of it is filled.
    }

    @Override
    protected void doTransform(byte[] chunk) {
        // TODO Fill a chunk of size bytes across calls; push it each time it is full.
        throw new NotImplementedYetException("re-cut into fixed-size chunks", "Exercise 5: Streams");
    }

    @Override
    protected void doFlush() {
        // TODO Push the last, shorter chunk, if any.
        throw new NotImplementedYetException("flush the last chunk", "Exercise 5: Streams");
    }
}
