package dev.backendlab.phase01.eventloop;

import dev.backendlab.grader.NotImplementedYetException;
import dev.backendlab.phase01.time.TimeSource;

/**
 * Node's event loop: one thread, five phases per iteration, two queues drained after every callback.
 *
 * <p>Each iteration runs, in order: <b>timers</b> (every timer due at the phase's start, earliest
 * deadline first, then creation order); <b>pending callbacks</b>; <b>poll</b> (I/O completions,
 * waiting for them when nothing else is ready); <b>check</b> ({@code setImmediate} callbacks queued
 * before the phase began); <b>close callbacks</b>. After every single callback, the nextTick queue is
 * drained, then the microtask queue, again and again until both are empty. The loop ends when no
 * referenced timer, immediate, pending I/O, pending or close callback is left.
 *
 * <p>Every method except {@link PendingIo#complete} must be called on the loop thread; any other
 * thread gets an {@link IllegalStateException}.
 */
public final class EventLoop {

    private static final String SECTION = "Exercise 2: Event loop";

    private final TimeSource clock;

    public EventLoop(TimeSource clock) {
        this.clock = clock;
    }

    /** Runs {@code main} as the program's first callback, then the loop until nothing keeps it alive. */
    public void run(Runnable main) {
        // TODO: run main (then drain nextTicks and microtasks), then iterate the five phases while alive
        throw new NotImplementedYetException("run main, then the phases while the loop is alive", SECTION);
    }

    /**
     * Runs {@code callback} once, {@code delayMillis} from now. A delay below 1 or above
     * 2147483647 ms becomes 1 ms, as in Node.
     */
    public Timer setTimeout(Runnable callback, long delayMillis) {
        // TODO: add a timer; deadline = now + clamped delay, creation order breaks ties
        throw new NotImplementedYetException("schedule a timer", SECTION);
    }

    /** Runs {@code callback} every {@code delayMillis} until cleared (same clamping as setTimeout). */
    public Timer setInterval(Runnable callback, long delayMillis) {
        // TODO: a repeating timer, rescheduled from the timers phase's start after each run unless cleared
        throw new NotImplementedYetException("schedule a repeating timer", SECTION);
    }

    /** Cancels a pending timer; harmless on one that already fired or was cleared. */
    public void clearTimeout(Timer timer) {
        // TODO: remove the timer and make sure an interval is not rescheduled
        throw new NotImplementedYetException("cancel a timer", SECTION);
    }

    /** Same as {@link #clearTimeout}, as in Node. */
    public void clearInterval(Timer timer) {
        // TODO
        throw new NotImplementedYetException("cancel an interval", SECTION);
    }

    /** Runs {@code callback} in the check phase: the current iteration's, or the next one's if queued during it. */
    public Immediate setImmediate(Runnable callback) {
        // TODO: queue for the check phase
        throw new NotImplementedYetException("queue an immediate for the check phase", SECTION);
    }

    /** Cancels an immediate that has not run yet. */
    public void clearImmediate(Immediate immediate) {
        // TODO
        throw new NotImplementedYetException("cancel an immediate", SECTION);
    }

    /** Queues {@code callback} on the nextTick queue: it runs before any promise microtask. */
    public void nextTick(Runnable callback) {
        // TODO
        throw new NotImplementedYetException("queue a nextTick callback", SECTION);
    }

    /** Queues {@code callback} on the microtask queue (where promise reactions go). */
    public void queueMicrotask(Runnable callback) {
        // TODO
        throw new NotImplementedYetException("queue a microtask", SECTION);
    }

    /** Queues {@code callback} for the next pending-callbacks phase (I/O callbacks libuv deferred). */
    public void queuePendingCallback(Runnable callback) {
        // TODO
        throw new NotImplementedYetException("queue a pending callback", SECTION);
    }

    /** Queues {@code callback} for the next close-callbacks phase (a socket's 'close' event). */
    public void queueCloseCallback(Runnable callback) {
        // TODO
        throw new NotImplementedYetException("queue a close callback", SECTION);
    }

    /**
     * Starts an I/O operation: the loop stays alive until the returned handle's
     * {@link PendingIo#complete} is called (from any thread), and runs that callback in its poll phase.
     */
    public PendingIo startIo() {
        // TODO: count it in flight; complete() posts to a BlockingQueue the poll phase takes from
        throw new NotImplementedYetException("start an I/O operation the poll phase completes", SECTION);
    }
}
