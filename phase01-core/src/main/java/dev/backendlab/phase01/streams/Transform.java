package dev.backendlab.phase01.streams;

import dev.backendlab.grader.NotImplementedYetException;

/**
 * Both sides at once, as Node's {@code stream.Transform}: what is written is turned by
 * {@link #doTransform} into chunks {@link #push}ed to the readable side.
 *
 * <p>Backpressure crosses it: a written chunk is transformed only while the readable side holds
 * fewer than highWaterMark bytes; otherwise it waits on the writable side, and {@code write} returns
 * {@code false} once that side holds highWaterMark bytes. When the readable side is read again,
 * waiting chunks are transformed, and 'drain' fires once none waits. After {@code end()} and the
 * last chunk, {@link #doFlush} runs, then 'finish', then the readable side ends. An exception from
 * {@code doTransform} destroys the stream with it.
 *
 * <p>'error', 'close', {@code destroy} and {@code destroyed} come from {@link Readable}: a Transform is
 * one stream, with one set of them.
 */
public abstract class Transform extends Readable implements WritableStream {

    protected Transform(int highWaterMark) {
        super(highWaterMark);
    }

    /** Node's {@code _transform}: push zero or more chunks made from {@code chunk}. */
    protected abstract void doTransform(byte[] chunk);

    /** Node's {@code _flush}: push what is left once the writable side has ended. Default: nothing. */
    protected void doFlush() {
    }

    @Override
    public final boolean write(byte[] chunk) {
        // TODO Reject writes after end or destroy; queue the chunk, transform what the readable side has room
        //  for, answer "below highWaterMark?".
        throw new NotImplementedYetException("write to a transform", "Exercise 5: Streams");
    }

    @Override
    public final void end() {
        // TODO Mark the end and transform what waits; with nothing left, doFlush, 'finish', then push(null).
        throw new NotImplementedYetException("end a transform's writable side", "Exercise 5: Streams");
    }

    /** The readable side wants data: transform what waits. */
    @Override
    protected final void doRead(int size) {
        // TODO Transform the waiting chunks the readable side now has room for.
        throw new NotImplementedYetException("transform waiting chunks when the readable side wants data",
                "Exercise 5: Streams");
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
    public final int writableLength() {
        // TODO Return the bytes written and waiting to be transformed.
        throw new NotImplementedYetException("count bytes waiting to be transformed", "Exercise 5: Streams");
    }
}
