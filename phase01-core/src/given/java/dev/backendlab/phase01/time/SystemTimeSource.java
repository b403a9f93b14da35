package dev.backendlab.phase01.time;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/** The real, monotonic time: what a program uses outside the tests. */
public final class SystemTimeSource implements TimeSource {

    @Override
    public long nowMillis() {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime());
    }

    @Override
    public <T> T awaitPost(BlockingQueue<T> inbox, long deadlineMillis) throws InterruptedException {
        if (deadlineMillis == Long.MAX_VALUE) {
            return inbox.take();
        }
        return inbox.poll(Math.max(0, deadlineMillis - nowMillis()), TimeUnit.MILLISECONDS);
    }

    @Override
    public void busyWork(long millis) {
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        while (System.nanoTime() < end) {
            Thread.onSpinWait();
        }
    }
}
