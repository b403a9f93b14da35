package dev.backendlab.phase01.errors;

import dev.backendlab.phase01.time.TimeSource;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.LinkedBlockingQueue;
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

    private record Timer(long deadline, long sequence, Runnable callback) {
    }

    private final class TrackedRejection implements Rejection {
        private final Throwable reason;
        private boolean handled;

        TrackedRejection(Throwable reason) {
            this.reason = reason;
        }

        @Override
        public void catchError(Consumer<Throwable> handler) {
            handled = true;
            queueMicrotask(() -> handler.accept(reason));
        }
    }

    private final TimeSource clock;
    private final Consumer<String> stderr;
    private final PriorityQueue<Timer> timers =
            new PriorityQueue<>(Comparator.comparingLong(Timer::deadline).thenComparingLong(Timer::sequence));
    private final ArrayDeque<Runnable> microtasks = new ArrayDeque<>();
    private final List<TrackedRejection> newRejections = new ArrayList<>();
    private Consumer<Throwable> uncaughtHandler;
    private Consumer<Throwable> rejectionHandler;
    private long sequence;
    private Integer exitCode;

    public NodeProcess(TimeSource clock, Consumer<String> stderr) {
        this.clock = clock;
        this.stderr = stderr;
    }

    /** Runs {@code main}, then timers, until none is left or an error ends the process. Returns the exit code. */
    public int run(Runnable main) {
        turn(main);
        while (exitCode == null && !timers.isEmpty()) {
            Timer next = timers.peek();
            if (next.deadline() > clock.nowMillis()) {
                waitUntil(next.deadline());
            }
            turn(timers.poll().callback());
        }
        return exitCode == null ? 0 : exitCode;
    }

    public void setTimeout(Runnable callback, long delayMillis) {
        timers.add(new Timer(clock.nowMillis() + Math.max(1, delayMillis), sequence++, callback));
    }

    public void queueMicrotask(Runnable callback) {
        microtasks.add(callback);
    }

    /** A rejected promise: unhandled unless {@link Rejection#catchError} is called before the microtasks drain. */
    public Rejection reject(Throwable reason) {
        TrackedRejection rejection = new TrackedRejection(reason);
        newRejections.add(rejection);
        return rejection;
    }

    /** {@code process.on('uncaughtException', handler)}. */
    public void onUncaughtException(Consumer<Throwable> handler) {
        uncaughtHandler = handler;
    }

    /** {@code process.on('unhandledRejection', handler)}. */
    public void onUnhandledRejection(Consumer<Throwable> handler) {
        rejectionHandler = handler;
    }

    /** One callback, then the microtasks, then the rejections still unhandled. */
    private void turn(Runnable callback) {
        invoke(callback);
        while (exitCode == null && !microtasks.isEmpty()) {
            invoke(microtasks.poll());
        }
        List<TrackedRejection> settled = new ArrayList<>(newRejections);
        newRejections.clear();
        for (TrackedRejection rejection : settled) {
            if (exitCode != null || rejection.handled) {
                continue;
            }
            if (rejectionHandler != null) {
                invoke(() -> rejectionHandler.accept(rejection.reason));
            } else {
                uncaught(rejection.reason);
            }
        }
    }

    private void invoke(Runnable callback) {
        if (exitCode != null) {
            return;
        }
        try {
            callback.run();
        } catch (RuntimeException e) {
            uncaught(e);
        }
    }

    private void uncaught(Throwable error) {
        if (uncaughtHandler == null) {
            report(error);
            exitCode = 1;
            return;
        }
        try {
            uncaughtHandler.accept(error);
        } catch (RuntimeException e) {
            report(e);
            exitCode = 7;
        }
    }

    private void report(Throwable error) {
        stderr.accept("Uncaught " + error.getClass().getSimpleName() + ": " + error.getMessage());
    }

    private void waitUntil(long deadline) {
        try {
            clock.awaitPost(new LinkedBlockingQueue<Runnable>(), deadline);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a timer", e);
        }
    }
}
