package dev.backendlab.phase01.streams;

import dev.backendlab.grader.NotImplementedYetException;
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

    protected Writable(int highWaterMark) {
        // TODO Keep highWaterMark in a final field, next to the chunk buffer and the four listeners.
    }

    /** Node's {@code _write}: write {@code chunk}, then call {@code done} once (null, or the error). */
    protected abstract void doWrite(byte[] chunk, Consumer<Throwable> done);

    @Override
    public final boolean write(byte[] chunk) {
        // TODO Reject writes after end or destroy; buffer the chunk, hand chunks to doWrite one at a time,
        //  answer "below highWaterMark?" (and owe a 'drain' if not).
        throw new NotImplementedYetException("buffer and write a chunk", "Exercise 5: Streams");
    }

    @Override
    public final void end() {
        // TODO Mark the end; finish now if nothing is buffered or being written, else when the last write is
        //  done.
        throw new NotImplementedYetException("end the writable side", "Exercise 5: Streams");
    }

    @Override
    public final void onDrain(Runnable listener) {
        // TODO Add the drain listener.
        throw new NotImplementedYetException("register a drain listener", "Exercise 5: Streams");
    }

    @Override
    public final void onFinish(Runnable listener) {
        // TODO Add the finish listener.
        throw new NotImplementedYetException("register a finish listener", "Exercise 5: Streams");
    }

    @Override
    public final void onError(Consumer<Throwable> listener) {
        // TODO Add the error listener.
        throw new NotImplementedYetException("register an error listener", "Exercise 5: Streams");
    }

    @Override
    public final void onClose(Runnable listener) {
        // TODO Add the close listener.
        throw new NotImplementedYetException("register a close listener", "Exercise 5: Streams");
    }

    @Override
    public final void destroy(Throwable cause) {
        // TODO Once only: mark destroyed, drop the buffer, fire 'error' (if cause is not null), then 'close'.
        throw new NotImplementedYetException("destroy the stream", "Exercise 5: Streams");
    }

    @Override
    public final boolean destroyed() {
        // TODO Return whether the stream was destroyed or closed after 'finish'.
        throw new NotImplementedYetException("tell whether the stream is destroyed", "Exercise 5: Streams");
    }

    @Override
    public final int writableLength() {
        // TODO Return the bytes buffered and not yet written.
        throw new NotImplementedYetException("count buffered bytes", "Exercise 5: Streams");
    }
}
