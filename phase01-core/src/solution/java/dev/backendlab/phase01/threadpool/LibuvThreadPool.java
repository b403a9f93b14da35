package dev.backendlab.phase01.threadpool;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
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

    private final int size;
    private final Executor loop;
    private final BlockingQueue<Runnable> queue = new LinkedBlockingQueue<>();
    private final List<Thread> workers = new ArrayList<>();
    private volatile boolean closed;

    /**
     * The pool size Node would use: the system property {@value #SIZE_VARIABLE} if set, else the
     * environment variable; {@value #DEFAULT_SIZE} if neither is set or the value is not an integer;
     * clamped to 1..{@value #MAX_SIZE}.
     */
    public static int configuredSize(Map<String, String> environment, Properties systemProperties) {
        String raw = systemProperties.getProperty(SIZE_VARIABLE, environment.get(SIZE_VARIABLE));
        if (raw == null) {
            return DEFAULT_SIZE;
        }
        try {
            return Math.max(1, Math.min(MAX_SIZE, Integer.parseInt(raw.trim())));
        } catch (NumberFormatException e) {
            return DEFAULT_SIZE;
        }
    }

    /**
     * Starts {@code size} daemon workers.
     *
     * @throws IllegalArgumentException if {@code size} is outside 1..{@value #MAX_SIZE}
     */
    public LibuvThreadPool(int size, Executor loop) {
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("pool size must be 1.." + MAX_SIZE + ", was " + size);
        }
        this.size = size;
        this.loop = loop;
        for (int i = 0; i < size; i++) {
            Thread worker = new Thread(this::work, "uv-worker-" + i);
            worker.setDaemon(true);
            workers.add(worker);
            worker.start();
        }
    }

    public int size() {
        return size;
    }

    /**
     * Queues {@code work} (first in, first started) and returns at once. When it ends,
     * {@code done} is posted to the loop with its result, or with what it threw.
     *
     * @throws RejectedExecutionException after {@link #close}
     */
    public <T> void submit(Callable<T> work, Completion<T> done) {
        if (closed) {
            throw new RejectedExecutionException("the pool is closed");
        }
        queue.add(() -> {
            T result = null;
            Throwable error = null;
            try {
                result = work.call();
            } catch (Throwable t) {
                error = t;
            }
            T r = result;
            Throwable e = error;
            loop.execute(() -> done.complete(e, r));
        });
    }

    /** Stops the workers; work still queued is dropped. */
    @Override
    public void close() {
        closed = true;
        workers.forEach(Thread::interrupt);
    }

    private void work() {
        while (!closed) {
            try {
                queue.take().run();
            } catch (InterruptedException e) {
                return;
            }
        }
    }
}
