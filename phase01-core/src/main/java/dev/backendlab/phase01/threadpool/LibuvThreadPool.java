package dev.backendlab.phase01.threadpool;

import dev.backendlab.grader.NotImplementedYetException;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * libuv's thread pool: {@code size} worker threads taking work from one FIFO queue.
 *
 * <p>Work runs on a worker; its outcome is handed to the loop (the {@code loop} executor, which
 * runs tasks on the loop thread) as an error-first {@link Completion}. Whatever the work throws,
 * {@link Error}s included, goes to the completion as its error; the worker lives on.
 */
public final class LibuvThreadPool implements AutoCloseable {

    /** The variable, and system property, that sizes the pool, as in Node. */
    public static final String SIZE_VARIABLE = "UV_THREADPOOL_SIZE";
    public static final int DEFAULT_SIZE = 4;
    public static final int MAX_SIZE = 1024;

    /**
     * The pool size Node would use: the system property {@value #SIZE_VARIABLE} if set, else the
     * environment variable; {@value #DEFAULT_SIZE} if neither is set or the value is not an integer;
     * clamped to 1..{@value #MAX_SIZE}.
     */
    public static int configuredSize(Map<String, String> environment, Properties systemProperties) {
        // TODO Take the system property over the environment variable, parse it (DEFAULT_SIZE if missing or
        //  not an integer), clamp it to 1..MAX_SIZE.
        throw new NotImplementedYetException("read UV_THREADPOOL_SIZE", "Exercise 4: Thread pool");
    }

    /**
     * Starts {@code size} daemon workers.
     *
     * @throws IllegalArgumentException if {@code size} is outside 1..{@value #MAX_SIZE}
     */
    public LibuvThreadPool(int size, Executor loop) {
        // TODO Check the size, then start size daemon workers that all take work from one shared
        //  BlockingQueue.
        throw new NotImplementedYetException("start the workers", "Exercise 4: Thread pool");
    }

    public int size() {
        // TODO Return the number of workers.
        throw new NotImplementedYetException("report the size", "Exercise 4: Thread pool");
    }

    /**
     * Queues {@code work} (first in, first started) and returns at once. When it ends,
     * {@code done} is posted to the loop with its result, or with what it threw.
     *
     * @throws RejectedExecutionException after {@link #close}
     */
    public <T> void submit(Callable<T> work, Completion<T> done) {
        // TODO Reject after close; queue a task that runs the work, catches any Throwable, and posts done to
        //  the loop.
        throw new NotImplementedYetException("queue work and post its completion to the loop",
                "Exercise 4: Thread pool");
    }

    /** Stops the workers; work still queued is dropped. */
    @Override
    public void close() {
        // TODO Stop the workers (interrupt them) and reject later submits; work still queued is dropped.
        throw new NotImplementedYetException("stop the workers", "Exercise 4: Thread pool");
    }
}
