package dev.backendlab.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The threads a grading round left running. Before the round it notes every live thread; after,
 * each new thread whose context class loader is the round's (threads inherit it from the thread
 * that starts them, so everything the learner's code and its tests started carries it) is
 * interrupted, then joined within a shared bound.
 *
 * <p>Those still alive are sorted by what runs at the bottom of their stack: the round's own
 * classes, or only the JDK (a pool's idle worker), make it the learner's code (a busy loop that
 * swallows interrupts, a blocking accept on a socket nobody closed); a library's (a Redis client's
 * event loop that a test fixture keeps for the whole JVM, as under Maven) is not the learner's
 * doing, and is only counted.
 */
final class RoundThreads {

    private static final String LIBRARIES_LOADER_PREFIX = "lab-libraries-";

    private final Set<Thread> before;

    private RoundThreads(Set<Thread> before) {
        this.before = before;
    }

    /** What would not stop: the learner's threads by name, and how many of the libraries'. */
    record Left(List<String> learners, int libraries) {
        static final Left NOTHING = new Left(List.of(), 0);
    }

    static RoundThreads snapshot() {
        return new RoundThreads(Set.copyOf(Thread.getAllStackTraces().keySet()));
    }

    Left stop(ClassLoader roundLoader, Duration within) throws InterruptedException {
        List<Thread> started = new ArrayList<>();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (!before.contains(thread) && thread != Thread.currentThread() && !jdkOwn(thread)
                    && belongsTo(thread, roundLoader)) {
                started.add(thread);
            }
        }
        started.forEach(Thread::interrupt);
        long deadline = System.nanoTime() + within.toNanos();
        List<String> learners = new ArrayList<>();
        int libraries = 0;
        for (Thread thread : started) {
            long left = deadline - System.nanoTime();
            if (left > 0) {
                thread.join(Math.max(1, left / 1_000_000));
            }
            if (!thread.isAlive()) {
                continue;
            }
            if (startedByLibrary(thread)) {
                libraries++;
            } else {
                learners.add(thread.getName());
            }
        }
        return new Left(learners, libraries);
    }

    /**
     * The JDK's own threads live in the root ("system") thread group: the process reaper that waits
     * for a child process (an embedded Redis), say. They inherit the context class loader too.
     */
    private static boolean jdkOwn(Thread thread) {
        ThreadGroup group = thread.getThreadGroup();
        return group == null || group.getParent() == null;
    }

    private static boolean belongsTo(Thread thread, ClassLoader roundLoader) {
        for (ClassLoader l = thread.getContextClassLoader(); l != null; l = l.getParent()) {
            if (l == roundLoader) {
                return true;
            }
        }
        return false;
    }

    /** True when the frame nearest the bottom of the stack that is not the JDK's is a library's. */
    private static boolean startedByLibrary(Thread thread) {
        StackTraceElement[] stack = thread.getStackTrace();
        for (int i = stack.length - 1; i >= 0; i--) {
            String loader = stack[i].getClassLoaderName();
            if (loader == null || loader.equals("app") || loader.equals("platform")) {
                continue; // the JDK's own frames: Thread.run, a pool's worker loop
            }
            return loader.startsWith(LIBRARIES_LOADER_PREFIX);
        }
        return false;
    }
}
