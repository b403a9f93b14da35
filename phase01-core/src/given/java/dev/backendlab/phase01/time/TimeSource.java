package dev.backendlab.phase01.time;

import java.util.concurrent.BlockingQueue;

/**
 * Where a loop gets the time and how it waits: the only clock the exercises use.
 *
 * <p>A loop that has nothing to run waits for two things at once: the next timer's deadline and a
 * callback posted by another thread (a pool worker that finished). {@link #awaitPost} is that wait.
 */
public interface TimeSource {

    /** Milliseconds on this source's timeline (not the epoch: only differences mean something). */
    long nowMillis();

    /**
     * Waits until something is posted to {@code inbox} or the time reaches {@code deadlineMillis},
     * whichever comes first.
     *
     * @param inbox          where other threads post work for the waiting thread
     * @param deadlineMillis when to stop waiting, on this source's timeline; {@link Long#MAX_VALUE}
     *                       waits for a post only
     * @return the item taken from {@code inbox}, or {@code null} when the deadline came first
     * @throws InterruptedException if the waiting thread is interrupted
     */
    <T> T awaitPost(BlockingQueue<T> inbox, long deadlineMillis) throws InterruptedException;

    /**
     * Keeps the calling thread busy for {@code millis}, as a CPU-bound computation would: the way a
     * test says "this callback blocks the loop for 100 ms".
     */
    void busyWork(long millis);
}
