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

    public EventLoop(TimeSource clock) {
        // TODO Keep clock in a final field, next to the timer heap and the phases' queues.
    }

    /** Runs {@code main} as the program's first callback, then the loop until nothing keeps it alive. */
    public void run(Runnable main) {
        // TODO Run main through runCallback (it drains nextTicks, then microtasks), then the five phases
        //  while the loop is alive.
        throw new NotImplementedYetException("run main, then the phases while the loop is alive",
                "Exercise 2: Event loop");
    }

    /**
     * Runs {@code callback} once, {@code delayMillis} from now. A delay below 1 or above
     * 2147483647 ms becomes 1 ms, as in Node.
     */
    public Timer setTimeout(Runnable callback, long delayMillis) {
        // TODO Clamp the delay, then add a timer at now + delay (creation order breaks ties).
        throw new NotImplementedYetException("schedule a timer", "Exercise 2: Event loop");
    }

    /** Runs {@code callback} every {@code delayMillis} until cleared (same clamping as setTimeout). */
    public Timer setInterval(Runnable callback, long delayMillis) {
        // TODO Add a repeating timer that the timers phase reschedules at now + delay after each run, unless
        //  it was cleared.
        throw new NotImplementedYetException("schedule a repeating timer", "Exercise 2: Event loop");
    }

    /** Cancels a pending timer; harmless on one that already fired or was cleared. */
    public void clearTimeout(Timer timer) {
        // TODO Remove the timer from the queue and mark it cleared, so an interval is not rescheduled.
        throw new NotImplementedYetException("cancel a timer", "Exercise 2: Event loop");
    }

    /** Same as {@link #clearTimeout}, as in Node. */
    public void clearInterval(Timer timer) {
        // TODO Do what clearTimeout does.
        throw new NotImplementedYetException("cancel an interval", "Exercise 2: Event loop");
    }

    /** Runs {@code callback} in the check phase: the current iteration's, or the next one's if queued during it. */
    public Immediate setImmediate(Runnable callback) {
        // TODO Queue a new immediate handle for the check phase.
        throw new NotImplementedYetException("queue an immediate for the check phase",
                "Exercise 2: Event loop");
    }

    /** Cancels an immediate that has not run yet. */
    public void clearImmediate(Immediate immediate) {
        // TODO Remove this very handle from the check-phase queue (by identity, not by callback).
        throw new NotImplementedYetException("cancel an immediate", "Exercise 2: Event loop");
    }

    /** Queues {@code callback} on the nextTick queue: it runs before any promise microtask. */
    public void nextTick(Runnable callback) {
        // TODO Add the callback to the nextTick queue.
        throw new NotImplementedYetException("queue a nextTick callback", "Exercise 2: Event loop");
    }

    /** Queues {@code callback} on the microtask queue (where promise reactions go). */
    public void queueMicrotask(Runnable callback) {
        // TODO Add the callback to the microtask queue.
        throw new NotImplementedYetException("queue a microtask", "Exercise 2: Event loop");
    }

    /** Queues {@code callback} for the next pending-callbacks phase (I/O callbacks libuv deferred). */
    public void queuePendingCallback(Runnable callback) {
        // TODO Add the callback to the pending-callbacks queue.
        throw new NotImplementedYetException("queue a pending callback", "Exercise 2: Event loop");
    }

    /** Queues {@code callback} for the next close-callbacks phase (a socket's 'close' event). */
    public void queueCloseCallback(Runnable callback) {
        // TODO Add the callback to the close-callbacks queue.
        throw new NotImplementedYetException("queue a close callback", "Exercise 2: Event loop");
    }

    /**
     * Starts an I/O operation: the loop stays alive until the returned handle's
     * {@link PendingIo#complete} is called (from any thread), and runs that callback in its poll phase.
     */
    public PendingIo startIo() {
        // TODO Count the I/O as in flight and return a handle whose complete(cb) posts cb to the
        //  BlockingQueue the poll phase takes from.
        throw new NotImplementedYetException("start an I/O operation the poll phase completes",
                "Exercise 2: Event loop");
    }
}
