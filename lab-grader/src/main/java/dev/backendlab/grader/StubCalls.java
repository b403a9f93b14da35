package dev.backendlab.grader;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts how often a stub was reached, in any thread.
 *
 * <p>A check that starts a server and talks to it over a socket never sees the stub's exception
 * itself: the server's thread does. Comparing this count before and after the check tells the
 * grader the check reached unwritten code, so it is "not started" rather than "failing".
 */
public final class StubCalls {

    private static final AtomicLong COUNT = new AtomicLong();

    private StubCalls() {
    }

    static void record() {
        COUNT.incrementAndGet();
    }

    /** How many times any stub has thrown in this JVM so far. */
    public static long count() {
        return COUNT.get();
    }
}
