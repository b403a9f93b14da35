package dev.backendlab.phase01.time;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A clock that moves only when told to, so the tests can state exact times.
 *
 * <p>Waiting never sleeps: when nothing has been posted yet, {@link #awaitPost} jumps the clock to
 * the deadline at once. Work running in another thread therefore takes no virtual time, and a timer
 * may fire before that work posts its result; the tests are written so that this never matters
 * (the work waits for a latch the loop opens, or no timer is pending).
 * {@link #busyWork} advances the clock instead of burning CPU.
 */
public final class VirtualClock implements TimeSource {

    private final AtomicLong now;

    /** A clock at time 0. */
    public VirtualClock() {
        this(0);
    }

    public VirtualClock(long startMillis) {
        this.now = new AtomicLong(startMillis);
    }

    @Override
    public long nowMillis() {
        return now.get();
    }

    /** Moves the clock forward by {@code millis} (never backward). */
    public void advance(long millis) {
        if (millis < 0) {
            throw new IllegalArgumentException("a clock does not go back: advance(" + millis + ")");
        }
        now.addAndGet(millis);
    }

    /** Moves the clock to {@code millis} if that is later than now; otherwise leaves it. */
    public void advanceTo(long millis) {
        now.accumulateAndGet(millis, Math::max);
    }

    @Override
    public <T> T awaitPost(BlockingQueue<T> inbox, long deadlineMillis) throws InterruptedException {
        T posted = inbox.poll();
        if (posted != null) {
            return posted;
        }
        if (deadlineMillis == Long.MAX_VALUE) {
            return inbox.take();
        }
        advanceTo(deadlineMillis);
        return null;
    }

    @Override
    public void busyWork(long millis) {
        advance(millis);
    }

    @Override
    public String toString() {
        return "VirtualClock[" + now.get() + " ms]";
    }
}
