package dev.backendlab.phase01.streams;

import java.util.function.Consumer;

/**
 * The writable side, shared by {@link Writable} and {@link Transform} (a Java class has one
 * superclass, a Transform is a Readable that can also be written to).
 */
public interface WritableStream {

    /**
     * Queues {@code chunk}. Returns {@code false} once the bytes buffered reach the highWaterMark:
     * the caller should stop writing until 'drain'. Writing after {@link #end} (or after destroy)
     * writes nothing, destroys the stream with a {@link StreamException} and returns {@code false}.
     */
    boolean write(byte[] chunk);

    /** No more writes: 'finish' fires once everything buffered has been written. */
    void end();

    void onDrain(Runnable listener);

    void onFinish(Runnable listener);

    void onError(Consumer<Throwable> listener);

    void onClose(Runnable listener);

    /** Stops the stream at once: 'error' (if {@code error} is not null), then 'close'. Idempotent. */
    void destroy(Throwable error);

    boolean destroyed();

    /** Bytes written but not yet handed on (the writable side's buffer). */
    int writableLength();
}
