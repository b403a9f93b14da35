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

    private static final String SECTION = "Exercise 5: Streams";

    private final int highWaterMark;

    protected Writable(int highWaterMark) {
        this.highWaterMark = highWaterMark;
    }

    /** Node's {@code _write}: write {@code chunk}, then call {@code done} once (null, or the error). */
    protected abstract void doWrite(byte[] chunk, Consumer<Throwable> done);

    @Override
    public final boolean write(byte[] chunk) {
        // TODO: buffer, hand chunks to doWrite one at a time, answer "below highWaterMark?"
        throw new NotImplementedYetException("buffer and write a chunk", SECTION);
    }

    @Override
    public final void end() {
        // TODO
        throw new NotImplementedYetException("end the writable side", SECTION);
    }

    @Override
    public final void onDrain(Runnable listener) {
        // TODO
        throw new NotImplementedYetException("register a drain listener", SECTION);
    }

    @Override
    public final void onFinish(Runnable listener) {
        // TODO
        throw new NotImplementedYetException("register a finish listener", SECTION);
    }

    @Override
    public final void onError(Consumer<Throwable> listener) {
        // TODO
        throw new NotImplementedYetException("register an error listener", SECTION);
    }

    @Override
    public final void onClose(Runnable listener) {
        // TODO
        throw new NotImplementedYetException("register a close listener", SECTION);
    }

    @Override
    public final void destroy(Throwable cause) {
        // TODO
        throw new NotImplementedYetException("destroy the stream", SECTION);
    }

    @Override
    public final boolean destroyed() {
        // TODO
        throw new NotImplementedYetException("tell whether the stream is destroyed", SECTION);
    }

    @Override
    public final int writableLength() {
        // TODO
        throw new NotImplementedYetException("count buffered bytes", SECTION);
    }
}
