package dev.backendlab.phase01.streams;

import java.util.ArrayDeque;
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

    private final int highWaterMark;
    private final ArrayDeque<byte[]> buffer = new ArrayDeque<>();
    private final Listeners<byte[]> data = new Listeners<>();
    private final Listeners<Void> end = new Listeners<>();
    private final Listeners<Throwable> error = new Listeners<>();
    private final Listeners<Void> close = new Listeners<>();
    private int length;
    private boolean started;
    private boolean flowing;
    private boolean readRequested;
    private boolean pumping;
    private boolean ended;
    private boolean endEmitted;
    private boolean destroyed;

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
        if (destroyed) {
            return false;
        }
        if (ended) {
            destroy(new StreamException(StreamException.PUSH_AFTER_EOF, "push() after push(null)"));
            return false;
        }
        readRequested = false;
        if (chunk == null) {
            ended = true;
        } else {
            buffer.add(chunk);
            length += chunk.length;
        }
        pump();
        return length < highWaterMark && !ended;
    }

    /**
     * Paused mode: the next buffered chunk, or {@code null} if none is buffered now. At the end of
     * the data, the call that returns {@code null} fires 'end'. Reading refills the buffer (doRead)
     * up to highWaterMark.
     */
    public final byte[] read() {
        started = true;
        pump();
        if (!buffer.isEmpty()) {
            byte[] chunk = take();
            pump();
            return chunk;
        }
        if (ended) {
            emitEnd();
        }
        return null;
    }

    /** Registers a 'data' listener and switches to flowing mode (unless {@link #pause}d before). */
    public final void onData(Consumer<byte[]> listener) {
        data.add(listener);
        if (!started) {
            resume();
        }
    }

    public final void onEnd(Runnable listener) {
        end.add(v -> listener.run());
    }

    public final void onError(Consumer<Throwable> listener) {
        error.add(listener);
    }

    public final void onClose(Runnable listener) {
        close.add(v -> listener.run());
    }

    /** Stops 'data' events; chunks stay buffered (and doRead fills the buffer up to highWaterMark). */
    public final void pause() {
        started = true;
        flowing = false;
    }

    /** Flowing mode: emits every buffered chunk, then reads on. */
    public final void resume() {
        started = true;
        flowing = true;
        pump();
    }

    public final boolean isPaused() {
        return !flowing;
    }

    /** Bytes buffered and not yet consumed. */
    public final int readableLength() {
        return length;
    }

    /** Stops the stream at once: 'error' (if {@code cause} is not null), then 'close'. Idempotent. */
    public final void destroy(Throwable cause) {
        if (destroyed) {
            return;
        }
        destroyed = true;
        buffer.clear();
        length = 0;
        if (cause != null) {
            error.emit(cause);
        }
        close.emit(null);
    }

    /** Whether the stream was destroyed, or closed after its 'end'. */
    public final boolean destroyed() {
        return destroyed;
    }

    /**
     * Sends every chunk to {@code destination}, pausing while its {@code write} returns false and
     * resuming on its 'drain'; ends it after the last chunk. Returns {@code destination}.
     */
    public final <W extends WritableStream> W pipe(W destination) {
        destination.onDrain(this::resume);
        onEnd(destination::end);
        data.add(chunk -> {
            if (!destination.write(chunk)) {
                pause();
            }
        });
        resume();
        return destination;
    }

    /** The highWaterMark this stream was created with (for subclasses). */
    protected final int highWaterMark() {
        return highWaterMark;
    }

    /**
     * One loop, never recursion: emit while flowing, ask for more while below highWaterMark. A push
     * or resume from inside (doRead, a 'data' listener) only changes state; this loop picks it up.
     */
    private void pump() {
        if (pumping || !started) {
            return;
        }
        pumping = true;
        try {
            while (!destroyed) {
                if (flowing && !buffer.isEmpty()) {
                    data.emit(take());
                } else if (flowing && ended && buffer.isEmpty()) {
                    emitEnd();
                } else if (!ended && !readRequested && length < highWaterMark) {
                    readRequested = true;
                    callDoRead();
                } else {
                    break;
                }
            }
        } finally {
            pumping = false;
        }
    }

    private void callDoRead() {
        try {
            doRead(highWaterMark);
        } catch (RuntimeException e) {
            destroy(e);
        }
    }

    private byte[] take() {
        byte[] chunk = buffer.poll();
        length -= chunk.length;
        return chunk;
    }

    private void emitEnd() {
        if (endEmitted || destroyed) {
            return;
        }
        endEmitted = true;
        end.emit(null);
        destroyed = true;
        close.emit(null);
    }
}
