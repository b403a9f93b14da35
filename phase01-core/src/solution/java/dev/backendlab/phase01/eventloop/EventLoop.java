package dev.backendlab.phase01.eventloop;

import dev.backendlab.phase01.time.TimeSource;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.PriorityQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;

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

    /** Node clamps delays outside 1..2^31-1 ms to 1 ms. */
    static final long MAX_DELAY = Integer.MAX_VALUE;

    private final TimeSource clock;
    private final PriorityQueue<TimerTask> timers =
            new PriorityQueue<>(Comparator.comparingLong((TimerTask t) -> t.deadline).thenComparingLong(t -> t.sequence));
    private final ArrayDeque<ImmediateTask> immediates = new ArrayDeque<>();
    private final ArrayDeque<Runnable> nextTicks = new ArrayDeque<>();
    private final ArrayDeque<Runnable> microtasks = new ArrayDeque<>();
    private final ArrayDeque<Runnable> pendingCallbacks = new ArrayDeque<>();
    private final ArrayDeque<Runnable> closeCallbacks = new ArrayDeque<>();
    private final BlockingQueue<Runnable> ioCompletions = new LinkedBlockingQueue<>();
    private int ioInFlight;
    private long sequence;
    private Thread loopThread;

    public EventLoop(TimeSource clock) {
        this.clock = clock;
    }

    /** Runs {@code main} as the program's first callback, then the loop until nothing keeps it alive. */
    public void run(Runnable main) {
        loopThread = Thread.currentThread();
        try {
            runCallback(main);
            while (alive()) {
                runTimers();
                runQueued(pendingCallbacks);
                poll();
                runImmediates();
                runQueued(closeCallbacks);
            }
        } finally {
            loopThread = null;
        }
    }

    /**
     * Runs {@code callback} once, {@code delayMillis} from now. A delay below 1 or above
     * 2147483647 ms becomes 1 ms, as in Node.
     */
    public Timer setTimeout(Runnable callback, long delayMillis) {
        return addTimer(callback, delayMillis, false);
    }

    /** Runs {@code callback} every {@code delayMillis} until cleared (same clamping as setTimeout). */
    public Timer setInterval(Runnable callback, long delayMillis) {
        return addTimer(callback, delayMillis, true);
    }

    /** Cancels a pending timer; harmless on one that already fired or was cleared. */
    public void clearTimeout(Timer timer) {
        expectLoopThread("clearTimeout");
        if (timer instanceof TimerTask task) {
            task.active = false;
            timers.remove(task);
        }
    }

    /** Same as {@link #clearTimeout}, as in Node. */
    public void clearInterval(Timer timer) {
        clearTimeout(timer);
    }

    /** Runs {@code callback} in the check phase: the current iteration's, or the next one's if queued during it. */
    public Immediate setImmediate(Runnable callback) {
        expectLoopThread("setImmediate");
        ImmediateTask task = new ImmediateTask(callback);
        immediates.add(task);
        return task;
    }

    /** Cancels an immediate that has not run yet. */
    public void clearImmediate(Immediate immediate) {
        expectLoopThread("clearImmediate");
        immediates.remove(immediate);
    }

    /** Queues {@code callback} on the nextTick queue: it runs before any promise microtask. */
    public void nextTick(Runnable callback) {
        expectLoopThread("nextTick");
        nextTicks.add(callback);
    }

    /** Queues {@code callback} on the microtask queue (where promise reactions go). */
    public void queueMicrotask(Runnable callback) {
        expectLoopThread("queueMicrotask");
        microtasks.add(callback);
    }

    /** Queues {@code callback} for the next pending-callbacks phase (I/O callbacks libuv deferred). */
    public void queuePendingCallback(Runnable callback) {
        expectLoopThread("queuePendingCallback");
        pendingCallbacks.add(callback);
    }

    /** Queues {@code callback} for the next close-callbacks phase (a socket's 'close' event). */
    public void queueCloseCallback(Runnable callback) {
        expectLoopThread("queueCloseCallback");
        closeCallbacks.add(callback);
    }

    /**
     * Starts an I/O operation: the loop stays alive until the returned handle's
     * {@link PendingIo#complete} is called (from any thread), and runs that callback in its poll phase.
     */
    public PendingIo startIo() {
        expectLoopThread("startIo");
        ioInFlight++;
        AtomicBoolean completed = new AtomicBoolean();
        return callback -> {
            if (!completed.compareAndSet(false, true)) {
                throw new IllegalStateException("this I/O operation was already completed");
            }
            ioCompletions.add(() -> {
                ioInFlight--;
                callback.run();
            });
        };
    }

    private Timer addTimer(Runnable callback, long delayMillis, boolean repeat) {
        expectLoopThread(repeat ? "setInterval" : "setTimeout");
        long delay = delayMillis < 1 || delayMillis > MAX_DELAY ? 1 : delayMillis;
        TimerTask task = new TimerTask(callback, delay, repeat);
        schedule(task, clock.nowMillis());
        return task;
    }

    private void schedule(TimerTask task, long from) {
        task.deadline = from + task.delay;
        task.sequence = sequence++;
        timers.add(task);
    }

    private boolean alive() {
        return timers.stream().anyMatch(t -> t.ref) || !immediates.isEmpty() || ioInFlight > 0
                || !pendingCallbacks.isEmpty() || !closeCallbacks.isEmpty();
    }

    private void runTimers() {
        long now = clock.nowMillis();
        while (!timers.isEmpty() && timers.peek().deadline <= now) {
            TimerTask task = timers.poll();
            task.active = task.repeat;
            runCallback(task.callback);
            if (task.repeat && task.active) {
                schedule(task, now);
            }
        }
    }

    private void poll() {
        Runnable completion = ioCompletions.poll();
        if (completion == null && immediates.isEmpty() && pendingCallbacks.isEmpty() && closeCallbacks.isEmpty()
                && (ioInFlight > 0 || !timers.isEmpty()) && alive()) {
            long deadline = timers.isEmpty() ? Long.MAX_VALUE : timers.peek().deadline;
            completion = await(deadline);
        }
        while (completion != null) {
            runCallback(completion);
            completion = ioCompletions.poll();
        }
    }

    private Runnable await(long deadline) {
        try {
            return clock.awaitPost(ioCompletions, deadline);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the loop was interrupted while polling", e);
        }
    }

    private void runImmediates() {
        for (int n = immediates.size(); n > 0 && !immediates.isEmpty(); n--) {
            runCallback(immediates.poll().callback);
        }
    }

    private void runQueued(ArrayDeque<Runnable> queue) {
        for (int n = queue.size(); n > 0; n--) {
            runCallback(queue.poll());
        }
    }

    private void runCallback(Runnable callback) {
        callback.run();
        do {
            while (!nextTicks.isEmpty()) {
                nextTicks.poll().run();
            }
            while (!microtasks.isEmpty()) {
                microtasks.poll().run();
            }
        } while (!nextTicks.isEmpty());
    }

    private void expectLoopThread(String method) {
        if (Thread.currentThread() != loopThread) {
            throw new IllegalStateException(method + " must be called on the loop thread, was called on "
                    + Thread.currentThread().getName());
        }
    }

    private static final class TimerTask implements Timer {
        private final Runnable callback;
        private final long delay;
        private final boolean repeat;
        private long deadline;
        private long sequence;
        private boolean ref = true;
        private boolean active = true;

        TimerTask(Runnable callback, long delay, boolean repeat) {
            this.callback = callback;
            this.delay = delay;
            this.repeat = repeat;
        }

        @Override
        public Timer ref() {
            ref = true;
            return this;
        }

        @Override
        public Timer unref() {
            ref = false;
            return this;
        }

        @Override
        public boolean hasRef() {
            return ref;
        }
    }

    /** Identity matters: clearImmediate removes this handle, not another one with the same callback. */
    private static final class ImmediateTask implements Immediate {
        private final Runnable callback;

        ImmediateTask(Runnable callback) {
            this.callback = callback;
        }
    }
}
