package dev.backendlab.cli;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/** Stands in for Maven: each run records what it was asked and plays the next scripted outcome. */
final class FakeGrader implements Grader {

    private final Deque<Runnable> outcomes = new ArrayDeque<>();
    private final List<String> runs = new ArrayList<>();
    private final Semaphore finished = new Semaphore(0);
    private int exitCode;

    /** The next run writes these results (through TempLab.results, say). */
    FakeGrader then(Runnable writeResults) {
        outcomes.add(writeResults);
        return this;
    }

    FakeGrader exitCode(int exitCode) {
        this.exitCode = exitCode;
        return this;
    }

    @Override
    public synchronized int grade(String module, List<String> testClasses) {
        runs.add(module + " " + String.join(",", testClasses));
        Runnable outcome = outcomes.poll();
        if (outcome != null) {
            outcome.run();
        }
        finished.release();
        return exitCode;
    }

    synchronized List<String> runs() {
        return List.copyOf(runs);
    }

    /** Waits, at most 10 s, until {@code count} more runs have finished. */
    boolean awaitRuns(int count) throws InterruptedException {
        return finished.tryAcquire(count, 10, TimeUnit.SECONDS);
    }
}
