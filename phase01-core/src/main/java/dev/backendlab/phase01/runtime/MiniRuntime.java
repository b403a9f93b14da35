package dev.backendlab.phase01.runtime;

import dev.backendlab.grader.NotImplementedYetException;
import dev.backendlab.phase01.time.TimeSource;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;

/**
 * Node in miniature: a single loop thread, timers, and a pool for blocking work.
 *
 * <p>{@link #run} turns the calling thread into the loop thread: it runs {@code main}, then every
 * timer and every completion callback, one at a time, until nothing is left to wait for. Blocking
 * work passed to {@link #runBlocking} runs on one of {@code poolThreads} pool threads; its callback
 * is posted back and runs on the loop thread. An exception thrown by a callback ends {@code run}
 * and propagates out of it (Exercise 8 does better).
 */
public final class MiniRuntime {

    /**
     * @param clock       where the loop reads the time and waits
     * @param poolThreads how many threads run blocking work, at least 1
     * @throws IllegalArgumentException if poolThreads is below 1
     */
    public MiniRuntime(TimeSource clock, int poolThreads) {
        // TODO Refuse poolThreads below 1 with an IllegalArgumentException, then keep clock and
        //  poolThreads in final fields.
    }

    /**
     * Runs {@code main} on the calling thread, then the loop, until no timer is pending and no
     * blocking work is in flight. The pool is shut down before this returns.
     *
     * <p>Each turn: run every timer whose deadline has passed (earliest first, then in creation
     * order); then wait through {@code clock.awaitPost(...)} until the next deadline or until a
     * completion is posted, and run that completion.
     */
    public void run(Runnable main) {
        // TODO Remember the loop thread, start the pool, run main, then run due timers and posted completions
        //  until none is left; shut the pool down in a finally.
        throw new NotImplementedYetException("run main, then timers and completions on this thread until none is left",
                "Exercise 1: Mini runtime");
    }

    /** Schedules {@code callback} to run on the loop {@code delayMillis} from now. Loop thread only. */
    public void setTimeout(long delayMillis, Runnable callback) {
        // TODO Reject other threads, then add a timer at clock.nowMillis() + delay (creation order breaks
        //  ties).
        throw new NotImplementedYetException("schedule a timer", "Exercise 1: Mini runtime");
    }

    /**
     * Runs {@code work} on a pool thread, then {@code callback} on the loop thread with its result
     * (error {@code null}) or with what it threw (result {@code null}). Loop thread only: any other
     * thread gets an {@link IllegalStateException}.
     */
    public <T> void runBlocking(Callable<T> work, BiConsumer<T, Throwable> callback) {
        // TODO Reject other threads, count the work as in flight, run it on the pool and post
        //  callback.accept(result, error) to the loop's inbox.
        throw new NotImplementedYetException("run work on the pool and post its callback to the loop",
                "Exercise 1: Mini runtime");
    }

    /** Whether the calling thread is the loop thread of a running {@link #run}. */
    public boolean inLoopThread() {
        // TODO Compare the current thread with the loop thread.
        throw new NotImplementedYetException("tell whether this is the loop thread",
                "Exercise 1: Mini runtime");
    }
}
