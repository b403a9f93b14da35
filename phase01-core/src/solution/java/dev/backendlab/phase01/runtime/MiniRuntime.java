package dev.backendlab.phase01.runtime;

import dev.backendlab.phase01.time.TimeSource;
import java.util.Comparator;
import java.util.PriorityQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
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

    private record Timer(long deadline, long sequence, Runnable callback) {
    }

    private final TimeSource clock;
    private final int poolThreads;
    private final PriorityQueue<Timer> timers =
            new PriorityQueue<>(Comparator.comparingLong(Timer::deadline).thenComparingLong(Timer::sequence));
    private final BlockingQueue<Runnable> completions = new LinkedBlockingQueue<>();
    private long timersCreated;
    private int workInFlight;
    private ExecutorService pool;
    private volatile Thread loopThread;

    /**
     * @param clock       where the loop reads the time and waits
     * @param poolThreads how many threads run blocking work, at least 1
     * @throws IllegalArgumentException if poolThreads is below 1
     */
    public MiniRuntime(TimeSource clock, int poolThreads) {
        if (poolThreads < 1) {
            throw new IllegalArgumentException("poolThreads must be at least 1, was " + poolThreads);
        }
        this.clock = clock;
        this.poolThreads = poolThreads;
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
        loopThread = Thread.currentThread();
        pool = Executors.newFixedThreadPool(poolThreads, work -> {
            Thread t = new Thread(work, "mini-runtime-pool");
            t.setDaemon(true);
            return t;
        });
        try {
            main.run();
            while (!timers.isEmpty() || workInFlight > 0) {
                runDueTimers();
                waitForWork();
            }
        } finally {
            pool.shutdownNow();
            loopThread = null;
        }
    }

    /** Schedules {@code callback} to run on the loop {@code delayMillis} from now. Loop thread only. */
    public void setTimeout(long delayMillis, Runnable callback) {
        expectLoopThread("setTimeout");
        timers.add(new Timer(clock.nowMillis() + Math.max(0, delayMillis), timersCreated++, callback));
    }

    /**
     * Runs {@code work} on a pool thread, then {@code callback} on the loop thread with its result
     * (error {@code null}) or with what it threw (result {@code null}). Loop thread only: any other
     * thread gets an {@link IllegalStateException}.
     */
    public <T> void runBlocking(Callable<T> work, BiConsumer<T, Throwable> callback) {
        expectLoopThread("runBlocking");
        workInFlight++;
        pool.execute(() -> {
            T result = null;
            Throwable error = null;
            try {
                result = work.call();
            } catch (Throwable t) {
                error = t;
            }
            T r = result;
            Throwable e = error;
            completions.add(() -> callback.accept(r, e));
        });
    }

    /** Whether the calling thread is the loop thread of a running {@link #run}. */
    public boolean inLoopThread() {
        return Thread.currentThread() == loopThread;
    }

    private void runDueTimers() {
        long now = clock.nowMillis();
        while (!timers.isEmpty() && timers.peek().deadline() <= now) {
            timers.poll().callback().run();
        }
    }

    private void waitForWork() {
        if (timers.isEmpty() && workInFlight == 0) {
            return;
        }
        long deadline = timers.isEmpty() ? Long.MAX_VALUE : timers.peek().deadline();
        if (deadline <= clock.nowMillis()) {
            return;
        }
        try {
            Runnable completion = clock.awaitPost(completions, deadline);
            if (completion != null) {
                workInFlight--;
                completion.run();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the loop was interrupted while waiting", e);
        }
    }

    private void expectLoopThread(String method) {
        if (!inLoopThread()) {
            throw new IllegalStateException(method + " must be called on the loop thread, was called on "
                    + Thread.currentThread().getName());
        }
    }
}
