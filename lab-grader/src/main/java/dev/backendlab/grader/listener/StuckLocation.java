package dev.backendlab.grader.listener;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Where a timed-out check was stuck, in the learner's code: "MiniRuntime.run (MiniRuntime.java:42)".
 * JUnit's timeout carries the stack of the thread that ran the check (as its cause); a check whose
 * own thread only waits (on a future, a socket) is stuck in another thread, a server's or a pool's,
 * so every live thread is looked at next. The top frame of learner code wins.
 */
final class StuckLocation {

    private StuckLocation() {
    }

    static Optional<String> of(Throwable timeout) {
        return of(timeout, Thread.getAllStackTraces(), LearnerSources::isLearnerFrame);
    }

    static Optional<String> of(Throwable timeout, Map<Thread, StackTraceElement[]> liveThreads,
            Predicate<StackTraceElement> isLearnerCode) {
        List<StackTraceElement[]> stacks = new ArrayList<>();
        for (Throwable at = timeout; at != null && stacks.size() < 10; at = at.getCause()) {
            stacks.add(at.getStackTrace());
        }
        liveThreads.forEach((thread, stack) -> {
            if (thread != Thread.currentThread()) {
                stacks.add(stack);
            }
        });
        for (StackTraceElement[] stack : stacks) {
            for (StackTraceElement frame : stack) {
                if (isLearnerCode.test(frame)) {
                    return Optional.of(describe(frame));
                }
            }
        }
        return Optional.empty();
    }

    private static String describe(StackTraceElement frame) {
        String className = frame.getClassName();
        String simpleName = className.substring(className.lastIndexOf('.') + 1).replace('$', '.');
        String where = frame.getFileName() == null ? "unknown source"
                : frame.getFileName() + (frame.getLineNumber() > 0 ? ":" + frame.getLineNumber() : "");
        return simpleName + "." + frame.getMethodName() + " (" + where + ")";
    }
}
