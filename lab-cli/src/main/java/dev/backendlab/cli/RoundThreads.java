package dev.backendlab.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The threads a grading round left running. Before the round it notes every live thread; after,
 * each new thread whose context class loader is the round's (threads inherit it from the thread
 * that starts them, so everything the learner's code and its tests started carries it) is
 * interrupted, then joined within a shared bound. Those still alive are named: they ignore
 * interrupts (a busy loop, a blocking accept on a socket nobody closed).
 */
final class RoundThreads {

    private final Set<Thread> before;

    private RoundThreads(Set<Thread> before) {
        this.before = before;
    }

    static RoundThreads snapshot() {
        return new RoundThreads(Set.copyOf(Thread.getAllStackTraces().keySet()));
    }

    /** @return the names of the round's threads that are still alive after {@code within} */
    List<String> stop(ClassLoader roundLoader, Duration within) throws InterruptedException {
        List<Thread> started = new ArrayList<>();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (!before.contains(thread) && thread != Thread.currentThread() && belongsTo(thread, roundLoader)) {
                started.add(thread);
            }
        }
        started.forEach(Thread::interrupt);
        long deadline = System.nanoTime() + within.toNanos();
        List<String> alive = new ArrayList<>();
        for (Thread thread : started) {
            long left = deadline - System.nanoTime();
            if (left > 0) {
                thread.join(Math.max(1, left / 1_000_000));
            }
            if (thread.isAlive()) {
                alive.add(thread.getName());
            }
        }
        return alive;
    }

    private static boolean belongsTo(Thread thread, ClassLoader roundLoader) {
        for (ClassLoader l = thread.getContextClassLoader(); l != null; l = l.getParent()) {
            if (l == roundLoader) {
                return true;
            }
        }
        return false;
    }
}
