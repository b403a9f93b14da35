package dev.backendlab.phase01.errors;

import dev.backendlab.grader.NotImplementedYetException;
import dev.backendlab.phase01.time.TimeSource;
import java.util.function.Consumer;

/**
 * A Node process in miniature: timers, microtasks, and what happens to errors nobody caught.
 *
 * <ul>
 *   <li>An exception thrown by any callback (main, a timer, a microtask) with no
 *       {@link #onUncaughtException} handler is reported on stderr as
 *       {@code Uncaught <SimpleClassName>: <message>} and ends the run with exit code 1; nothing else
 *       runs. With a handler, the handler gets it and the loop goes on. If the handler itself throws,
 *       that is reported and the exit code is 7, as in Node.</li>
 *   <li>After the microtasks drained, every rejection created since that still has no handler is
 *       passed to the {@link #onUnhandledRejection} handler; with none, it is treated as an uncaught
 *       exception (Node 15 and later).</li>
 * </ul>
 */
public final class NodeProcess {

    private static final String SECTION = "Exercise 8: Error handling";

    // TODO: a timer queue, a microtask queue, the rejections created during the current turn, the two
    //  handlers and the exit code. One "turn" = run a callback, drain the microtasks, then check the
    //  new rejections; every callback runs inside a try/catch that decides what an uncaught error does.

    private final TimeSource clock;
    private final Consumer<String> stderr;

    public NodeProcess(TimeSource clock, Consumer<String> stderr) {
        this.clock = clock;
        this.stderr = stderr;
    }

    /** Runs {@code main}, then timers, until none is left or an error ends the process. Returns the exit code. */
    public int run(Runnable main) {
        // TODO
        throw new NotImplementedYetException("write NodeProcess.run", SECTION);
    }

    public void setTimeout(Runnable callback, long delayMillis) {
        // TODO
        throw new NotImplementedYetException("write NodeProcess.setTimeout", SECTION);
    }

    public void queueMicrotask(Runnable callback) {
        // TODO
        throw new NotImplementedYetException("write NodeProcess.queueMicrotask", SECTION);
    }

    /** A rejected promise: unhandled unless {@link Rejection#catchError} is called before the microtasks drain. */
    public Rejection reject(Throwable reason) {
        // TODO
        throw new NotImplementedYetException("write NodeProcess.reject", SECTION);
    }

    /** {@code process.on('uncaughtException', handler)}. */
    public void onUncaughtException(Consumer<Throwable> handler) {
        // TODO
        throw new NotImplementedYetException("write NodeProcess.onUncaughtException", SECTION);
    }

    /** {@code process.on('unhandledRejection', handler)}. */
    public void onUnhandledRejection(Consumer<Throwable> handler) {
        // TODO
        throw new NotImplementedYetException("write NodeProcess.onUnhandledRejection", SECTION);
    }
}
