package dev.backendlab.grader.listener;

import dev.backendlab.grader.NeedsException;
import dev.backendlab.grader.NotImplementedYetException;
import dev.backendlab.grader.results.CheckResult;
import dev.backendlab.grader.results.CheckStatus;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.platform.engine.TestExecutionResult;

/**
 * Decides how a check ended, and which message explains it to the learner.
 *
 * <p>The order matters: a missing tool, JDK or server ({@link NeedsException}) makes the check
 * "needs curl" whatever else happened, since it could not grade anything; then a stub reached
 * anywhere makes it "not started" (the learner has not written that code yet), even if what the
 * test saw was a timeout or a failed assertion.
 */
public final class CheckClassifier {

    private static final Pattern JUNIT_TIMEOUT = Pattern.compile("timed out after (\\d+) (\\w+)");
    private static final int MAX_MESSAGE_LENGTH = 2_000;

    private CheckClassifier() {
    }

    /**
     * @param name          the check's name as the learner reads it
     * @param result        what JUnit reported
     * @param stubReached   whether a stub threw, in any thread, while the check ran
     */
    public static CheckResult classify(String name, TestExecutionResult result, boolean stubReached) {
        if (result.getStatus() == TestExecutionResult.Status.SUCCESSFUL) {
            return new CheckResult(name, CheckStatus.PASSED, null);
        }
        Throwable failure = result.getThrowable().orElse(null);
        if (find(failure, NeedsException.class) instanceof NeedsException needs) {
            return CheckResult.needs(name, needs.need(), messageOf(needs, needs.need().label()));
        }
        if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
            return new CheckResult(name, CheckStatus.SKIPPED, messageOf(failure, "aborted"));
        }
        return classifyFailure(name, failure, stubReached);
    }

    static CheckResult classifyFailure(String name, Throwable failure, boolean stubReached) {
        Throwable stub = find(failure, NotImplementedYetException.class);
        if (stub != null) {
            return new CheckResult(name, CheckStatus.NOT_STARTED, stub.getMessage());
        }
        if (stubReached) {
            return new CheckResult(name, CheckStatus.NOT_STARTED,
                    "not implemented yet: this check reached a stub that still throws NotImplementedYetException");
        }
        if (failure instanceof TimeoutException) {
            return new CheckResult(name, CheckStatus.TIMED_OUT,
                    timeoutMessage(failure.getMessage(), StuckLocation.of(failure).orElse(null)));
        }
        if (failure instanceof AssertionError) {
            return new CheckResult(name, CheckStatus.FAILING, messageOf(failure, "assertion failed"));
        }
        return new CheckResult(name, CheckStatus.BROKEN, brokenMessage(failure));
    }

    /**
     * JUnit says "m() timed out after 10 seconds"; the learner reads what probably happened, and where:
     * "timed out after 10 s in MiniRuntime.run (MiniRuntime.java:42): an infinite loop or a blocked read?".
     *
     * @param stuckAt the learner's code the check was stuck in, or null when none was running
     */
    static String timeoutMessage(String junitMessage, String stuckAt) {
        Matcher m = JUNIT_TIMEOUT.matcher(junitMessage == null ? "" : junitMessage);
        String after = m.find() ? m.group(1) + " " + unit(m.group(2)) : "its time limit";
        return "timed out after " + after + (stuckAt == null ? "" : " in " + stuckAt)
                + ": an infinite loop or a blocked read?";
    }

    private static String unit(String junitUnit) {
        return switch (junitUnit) {
            case "seconds", "second" -> "s";
            case "milliseconds", "millisecond" -> "ms";
            case "minutes", "minute" -> "min";
            default -> junitUnit;
        };
    }

    private static String brokenMessage(Throwable failure) {
        if (failure == null) {
            return "the check failed without an exception";
        }
        StringBuilder text = new StringBuilder(failure.getClass().getSimpleName());
        if (failure.getMessage() != null) {
            text.append(": ").append(failure.getMessage());
        }
        StackTraceElement[] stack = failure.getStackTrace();
        if (stack.length > 0) {
            text.append(" (at ").append(stack[0].getClassName().substring(stack[0].getClassName().lastIndexOf('.') + 1))
                    .append('.').append(stack[0].getMethodName());
            if (stack[0].getFileName() != null && stack[0].getLineNumber() > 0) {
                text.append(", ").append(stack[0].getFileName()).append(':').append(stack[0].getLineNumber());
            }
            text.append(')');
        }
        return truncate(text.toString());
    }

    private static String messageOf(Throwable failure, String fallback) {
        if (failure == null || failure.getMessage() == null || failure.getMessage().isBlank()) {
            return fallback;
        }
        return truncate(failure.getMessage().strip());
    }

    private static String truncate(String text) {
        return text.length() <= MAX_MESSAGE_LENGTH ? text : text.substring(0, MAX_MESSAGE_LENGTH) + "...";
    }

    private static Throwable find(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return t;
            }
            for (Throwable suppressed : t.getSuppressed()) {
                if (type.isInstance(suppressed)) {
                    return suppressed;
                }
            }
        }
        return null;
    }
}
