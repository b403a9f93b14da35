package dev.backendlab.phase01.streams;

import java.util.ArrayDeque;

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

    private final ArrayDeque<byte[]> waiting = new ArrayDeque<>();
    private final Listeners<Void> drain = new Listeners<>();
    private final Listeners<Void> finish = new Listeners<>();
    private int waitingLength;
    private boolean transforming;
    private boolean needDrain;
    private boolean ending;
    private boolean finished;

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
        if (ending || destroyed()) {
            destroy(new StreamException(ending ? StreamException.WRITE_AFTER_END : StreamException.DESTROYED,
                    "write() of " + chunk.length + " bytes after " + (ending ? "end()" : "destroy()")));
            return false;
        }
        waiting.add(chunk);
        waitingLength += chunk.length;
        transformWaiting();
        boolean belowMark = waitingLength < highWaterMark();
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
        transformWaiting();
    }

    /** The readable side wants data: transform what waits. */
    @Override
    protected final void doRead(int size) {
        transformWaiting();
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
    public final int writableLength() {
        return waitingLength;
    }

    private void transformWaiting() {
        if (transforming) {
            return;
        }
        transforming = true;
        try {
            while (!waiting.isEmpty() && !destroyed() && readableLength() < highWaterMark()) {
                byte[] chunk = waiting.poll();
                waitingLength -= chunk.length;
                doTransform(chunk);
            }
            if (waiting.isEmpty() && !destroyed()) {
                if (needDrain) {
                    needDrain = false;
                    drain.emit(null);
                }
                if (ending && !finished) {
                    finished = true;
                    doFlush();
                    finish.emit(null);
                    push(null);
                }
            }
        } catch (RuntimeException e) {
            destroy(e);
        } finally {
            transforming = false;
        }
    }
}
