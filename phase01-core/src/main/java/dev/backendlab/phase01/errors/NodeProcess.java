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

    // TODO Keep a timer queue, a microtask queue, the rejections created during the current turn, the two
    //  handlers and the exit code. One turn = run a callback, drain the microtasks, then check the new
    //  rejections; every callback runs inside a try/catch that decides what an uncaught error does.

    public NodeProcess(TimeSource clock, Consumer<String> stderr) {
        // TODO Keep clock and stderr in final fields.
    }

    /** Runs {@code main}, then timers, until none is left or an error ends the process. Returns the exit code. */
    public int run(Runnable main) {
        // TODO Run main as a turn, then due timers, each as a turn, until none is left or an exit code is
        //  set; return the exit code.
        throw new NotImplementedYetException("run main and the timers, then return the exit code",
                "Exercise 8: Error handling");
    }

    public void setTimeout(Runnable callback, long delayMillis) {
        // TODO Add a timer at clock.nowMillis() + delay (creation order breaks ties).
        throw new NotImplementedYetException("schedule a timer", "Exercise 8: Error handling");
    }

    public void queueMicrotask(Runnable callback) {
        // TODO Add the callback to the microtask queue.
        throw new NotImplementedYetException("queue a microtask", "Exercise 8: Error handling");
    }

    /** A rejected promise: unhandled unless {@link Rejection#catchError} is called before the microtasks drain. */
    public Rejection reject(Throwable reason) {
        // TODO Record a new rejection for this turn; its catchError marks it handled and queues the handler
        //  as a microtask.
        throw new NotImplementedYetException("create a rejection that is unhandled until caught",
                "Exercise 8: Error handling");
    }

    /** {@code process.on('uncaughtException', handler)}. */
    public void onUncaughtException(Consumer<Throwable> handler) {
        // TODO Keep the handler.
        throw new NotImplementedYetException("register the uncaughtException handler",
                "Exercise 8: Error handling");
    }

    /** {@code process.on('unhandledRejection', handler)}. */
    public void onUnhandledRejection(Consumer<Throwable> handler) {
        // TODO Keep the handler.
        throw new NotImplementedYetException("register the unhandledRejection handler",
                "Exercise 8: Error handling");
    }
}
