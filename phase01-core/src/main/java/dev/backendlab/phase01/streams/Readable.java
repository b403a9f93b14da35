package dev.backendlab.phase01.streams;

import dev.backendlab.grader.NotImplementedYetException;
import java.util.function.Consumer;

/**
 * A source of byte chunks, as Node's {@code stream.Readable}.
 *
 * <p>An implementation overrides {@link #doRead} (Node's {@code _read}): called when the stream wants
 * more data, it calls {@link #push} now or later; {@code push(null)} marks the end. The stream asks
 * again only after a push, and only while fewer than highWaterMark bytes are buffered.
 *
 * <p>Consumers either call {@link #read()} (paused mode) or register {@link #onData} (flowing mode:
 * every buffered chunk is emitted as soon as it is there, until {@link #pause}). 'end' fires once the
 * consumer has had every chunk; then 'close'. {@link #destroy} fires 'error' (with a cause) and 'close'.
 * An exception thrown by {@code doRead} destroys the stream with it.
 */
public abstract class Readable {

    private static final String SECTION = "Exercise 5: Streams";

    private final int highWaterMark;

    protected Readable(int highWaterMark) {
        this.highWaterMark = highWaterMark;
    }

    /** Node's {@code _read}: produce data by calling {@link #push}, now or later. */
    protected abstract void doRead(int size);

    /**
     * Adds {@code chunk} to the buffer ({@code null}: end of data). Returns whether the buffer is still
     * below highWaterMark, i.e. whether the producer may push more now. Pushing after the end destroys
     * the stream with {@link StreamException#PUSH_AFTER_EOF}; pushing after destroy returns false.
     */
    public final boolean push(byte[] chunk) {
        // TODO: buffer the chunk (or mark the end), then let the pump loop emit or read more
        throw new NotImplementedYetException("buffer a pushed chunk", SECTION);
    }

    /**
     * Paused mode: the next buffered chunk, or {@code null} if none is buffered now. At the end of
     * the data, the call that returns {@code null} fires 'end'. Reading refills the buffer (doRead)
     * up to highWaterMark.
     */
    public final byte[] read() {
        // TODO
        throw new NotImplementedYetException("read a chunk in paused mode", SECTION);
    }

    /** Registers a 'data' listener and switches to flowing mode (unless {@link #pause}d before). */
    public final void onData(Consumer<byte[]> listener) {
        // TODO
        throw new NotImplementedYetException("register a data listener and start flowing", SECTION);
    }

    public final void onEnd(Runnable listener) {
        // TODO
        throw new NotImplementedYetException("register an end listener", SECTION);
    }

    public final void onError(Consumer<Throwable> listener) {
        // TODO
        throw new NotImplementedYetException("register an error listener", SECTION);
    }

    public final void onClose(Runnable listener) {
        // TODO
        throw new NotImplementedYetException("register a close listener", SECTION);
    }

    /** Stops 'data' events; chunks stay buffered (and doRead fills the buffer up to highWaterMark). */
    public final void pause() {
        // TODO
        throw new NotImplementedYetException("pause", SECTION);
    }

    /** Flowing mode: emits every buffered chunk, then reads on. */
    public final void resume() {
        // TODO
        throw new NotImplementedYetException("resume", SECTION);
    }

    public final boolean isPaused() {
        // TODO
        throw new NotImplementedYetException("tell whether the stream is paused", SECTION);
    }

    /** Bytes buffered and not yet consumed. */
    public final int readableLength() {
        // TODO
        throw new NotImplementedYetException("count buffered bytes", SECTION);
    }

    /** Stops the stream at once: 'error' (if {@code cause} is not null), then 'close'. Idempotent. */
    public final void destroy(Throwable cause) {
        // TODO
        throw new NotImplementedYetException("destroy the stream", SECTION);
    }

    /** Whether the stream was destroyed, or closed after its 'end'. */
    public final boolean destroyed() {
        // TODO
        throw new NotImplementedYetException("tell whether the stream is destroyed", SECTION);
    }

    /**
     * Sends every chunk to {@code destination}, pausing while its {@code write} returns false and
     * resuming on its 'drain'; ends it after the last chunk. Returns {@code destination}.
     */
    public final <W extends WritableStream> W pipe(W destination) {
        // TODO: drain -> resume, end -> destination.end(), data -> write (pause on false), then flow
        throw new NotImplementedYetException("pipe with backpressure", SECTION);
    }

    /** The highWaterMark this stream was created with (for subclasses). */
    protected final int highWaterMark() {
        return highWaterMark;
    }
}
