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

    protected Readable(int highWaterMark) {
        // TODO Keep highWaterMark in a final field, next to the chunk buffer and the four listeners.
    }

    /** Node's {@code _read}: produce data by calling {@link #push}, now or later. */
    protected abstract void doRead(int size);

    /**
     * Adds {@code chunk} to the buffer ({@code null}: end of data). Returns whether the buffer is still
     * below highWaterMark, i.e. whether the producer may push more now. Pushing after the end destroys
     * the stream with {@link StreamException#PUSH_AFTER_EOF}; pushing after destroy returns false.
     */
    public final boolean push(byte[] chunk) {
        // TODO Destroy on a push after the end; buffer the chunk (or mark the end), run the pump loop, answer
        //  "below highWaterMark?".
        throw new NotImplementedYetException("buffer a pushed chunk", "Exercise 5: Streams");
    }

    /**
     * Paused mode: the next buffered chunk, or {@code null} if none is buffered now. At the end of
     * the data, the call that returns {@code null} fires 'end'. Reading refills the buffer (doRead)
     * up to highWaterMark.
     */
    public final byte[] read() {
        // TODO Start the stream, run the pump, take one buffered chunk; at the end with nothing buffered,
        //  fire 'end' and return null.
        throw new NotImplementedYetException("read a chunk in paused mode", "Exercise 5: Streams");
    }

    /** Registers a 'data' listener and switches to flowing mode (unless {@link #pause}d before). */
    public final void onData(Consumer<byte[]> listener) {
        // TODO Add the data listener and resume, unless the stream was paused or read before.
        throw new NotImplementedYetException("register a data listener and start flowing",
                "Exercise 5: Streams");
    }

    public final void onEnd(Runnable listener) {
        // TODO Add the end listener.
        throw new NotImplementedYetException("register an end listener", "Exercise 5: Streams");
    }

    public final void onError(Consumer<Throwable> listener) {
        // TODO Add the error listener.
        throw new NotImplementedYetException("register an error listener", "Exercise 5: Streams");
    }

    public final void onClose(Runnable listener) {
        // TODO Add the close listener.
        throw new NotImplementedYetException("register a close listener", "Exercise 5: Streams");
    }

    /** Stops 'data' events; chunks stay buffered (and doRead fills the buffer up to highWaterMark). */
    public final void pause() {
        // TODO Leave flowing mode; chunks stay buffered.
        throw new NotImplementedYetException("pause", "Exercise 5: Streams");
    }

    /** Flowing mode: emits every buffered chunk, then reads on. */
    public final void resume() {
        // TODO Enter flowing mode and run the pump loop.
        throw new NotImplementedYetException("resume", "Exercise 5: Streams");
    }

    public final boolean isPaused() {
        // TODO Return whether the stream is not flowing.
        throw new NotImplementedYetException("tell whether the stream is paused", "Exercise 5: Streams");
    }

    /** Bytes buffered and not yet consumed. */
    public final int readableLength() {
        // TODO Return the bytes buffered and not yet consumed.
        throw new NotImplementedYetException("count buffered bytes", "Exercise 5: Streams");
    }

    /** Stops the stream at once: 'error' (if {@code cause} is not null), then 'close'. Idempotent. */
    public final void destroy(Throwable cause) {
        // TODO Once only: mark destroyed, drop the buffer, fire 'error' (if cause is not null), then 'close'.
        throw new NotImplementedYetException("destroy the stream", "Exercise 5: Streams");
    }

    /** Whether the stream was destroyed, or closed after its 'end'. */
    public final boolean destroyed() {
        // TODO Return whether the stream was destroyed or closed after its 'end'.
        throw new NotImplementedYetException("tell whether the stream is destroyed", "Exercise 5: Streams");
    }

    /**
     * Sends every chunk to {@code destination}, pausing while its {@code write} returns false and
     * resuming on its 'drain'; ends it after the last chunk. Returns {@code destination}.
     */
    public final <W extends WritableStream> W pipe(W destination) {
        // TODO Resume on the destination's 'drain', end it on 'end', write each chunk (pause when write
        //  returns false), then start flowing.
        throw new NotImplementedYetException("pipe with backpressure", "Exercise 5: Streams");
    }

    /** The highWaterMark this stream was created with (for subclasses). */
    protected final int highWaterMark() {
        // TODO Return the highWaterMark given to the constructor.
        throw new NotImplementedYetException("tell subclasses the highWaterMark", "Exercise 5: Streams");
    }
}
