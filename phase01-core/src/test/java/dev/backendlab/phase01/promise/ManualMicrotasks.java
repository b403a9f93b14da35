package dev.backendlab.phase01.promise;

import java.util.ArrayDeque;

/** A microtask queue the test drains by hand: nothing runs until {@link #drain}. */
final class ManualMicrotasks implements MicrotaskQueue {

    private final ArrayDeque<Runnable> jobs = new ArrayDeque<>();

    @Override
    public void queueMicrotask(Runnable job) {
        jobs.add(job);
    }

    int pending() {
        return jobs.size();
    }

    /** Runs jobs, including the ones they queue, until the queue is empty. */
    void drain() {
        for (int guard = 0; !jobs.isEmpty(); guard++) {
            if (guard > 100_000) {
                throw new AssertionError("the microtask queue never empties: a reaction queues itself forever?");
            }
            jobs.poll().run();
        }
    }
}
