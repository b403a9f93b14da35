package dev.backendlab.phase01.streams;

import java.util.ArrayDeque;
import java.util.function.Consumer;

/**
 * A sink for byte chunks, as Node's {@code stream.Writable}.
 *
 * <p>An implementation overrides {@link #doWrite} (Node's {@code _write}): it writes one chunk and
 * calls {@code done} once, now or later, with {@code null} or an error. Chunks reach {@code doWrite}
 * one at a time, in order; the others wait in the buffer. {@link #write} returns {@code false} once
 * the buffered bytes reach highWaterMark; 'drain' fires when the buffer has emptied after such a
 * {@code false}. After {@link #end}, 'finish' fires once every chunk is written, then 'close'.
 * An error from {@code doWrite} destroys the stream: 'error', then 'close'.
 */
public abstract class Writable implements WritableStream {

    private final int highWaterMark;
    private final ArrayDeque<byte[]> buffer = new ArrayDeque<>();
    private final Listeners<Void> drain = new Listeners<>();
    private final Listeners<Void> finish = new Listeners<>();
    private final Listeners<Throwable> error = new Listeners<>();
    private final Listeners<Void> close = new Listeners<>();
    private int length;
    private boolean writing;
    private boolean insideDoWrite;
    private boolean needDrain;
    private boolean ending;
    private boolean finished;
    private boolean destroyed;

    protected Writable(int highWaterMark) {
        this.highWaterMark = highWaterMark;
    }

    /** Node's {@code _write}: write {@code chunk}, then call {@code done} once (null, or the error). */
    protected abstract void doWrite(byte[] chunk, Consumer<Throwable> done);

    @Override
    public final boolean write(byte[] chunk) {
        if (ending || destroyed) {
            StreamException misuse = ending
                    ? new StreamException(StreamException.WRITE_AFTER_END, "write() of " + chunk.length + " bytes after end()")
                    : new StreamException(StreamException.DESTROYED, "write() of " + chunk.length + " bytes after destroy()");
            if (destroyed) {
                error.emit(misuse);
            } else {
                destroy(misuse);
            }
            return false;
        }
        buffer.add(chunk);
        length += chunk.length;
        writeBuffered();
        boolean belowMark = length < highWaterMark;
        if (!belowMark) {
            needDrain = true;
        }
        return belowMark;
    }

    @Override
    public final void end() {
        if (ending) {
            return;
        }
        ending = true;
        if (!writing && buffer.isEmpty()) {
            finish();
        }
    }

    @Override
    public final void onDrain(Runnable listener) {
        drain.add(v -> listener.run());
    }

    @Override
    public final void onFinish(Runnable listener) {
        finish.add(v -> listener.run());
    }

    @Override
    public final void onError(Consumer<Throwable> listener) {
        error.add(listener);
    }

    @Override
    public final void onClose(Runnable listener) {
        close.add(v -> listener.run());
    }

    @Override
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

    @Override
    public final boolean destroyed() {
        return destroyed;
    }

    @Override
    public final int writableLength() {
        return length;
    }

    /** A loop, so a doWrite that calls done at once does not recurse once per chunk. */
    private void writeBuffered() {
        while (!writing && !destroyed && !buffer.isEmpty()) {
            byte[] chunk = buffer.peek();
            writing = true;
            insideDoWrite = true;
            try {
                doWrite(chunk, once(chunk));
            } finally {
                insideDoWrite = false;
            }
        }
        if (!writing && !destroyed && buffer.isEmpty()) {
            if (needDrain) {
                needDrain = false;
                drain.emit(null);
            }
            if (ending) {
                finish();
            }
        }
    }

    private Consumer<Throwable> once(byte[] chunk) {
        boolean[] called = {false};
        return failure -> {
            if (called[0]) {
                throw new IllegalStateException("doWrite's callback was called twice");
            }
            called[0] = true;
            if (destroyed) {
                return;
            }
            if (failure != null) {
                destroy(failure);
                return;
            }
            buffer.poll();
            length -= chunk.length;
            writing = false;
            if (!insideDoWrite) {
                writeBuffered();
            }
        };
    }

    private void finish() {
        if (finished || destroyed) {
            return;
        }
        finished = true;
        finish.emit(null);
        destroyed = true;
        close.emit(null);
    }
}
