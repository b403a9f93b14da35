package dev.backendlab.grader.report;

import dev.backendlab.grader.results.CheckResult;
import dev.backendlab.grader.results.CheckStatus;
import dev.backendlab.grader.results.ExerciseResult;
import java.util.ArrayList;
import java.util.List;

/**
 * The check CI runs on the untouched stubs: a grading test that passes there grades nothing, and
 * one that fails for another reason than a stub would show a fresh clone as "in progress". A check
 * that needs a missing tool ("needs curl") is fine here: it passes nothing.
 */
public final class UntouchedStubCheck {

    private UntouchedStubCheck() {
    }

    /** Every check that is neither "not started" nor "needs ..." on the stubs, named; empty when all are. */
    public static List<String> violations(List<ExerciseResult> results) {
        List<String> violations = new ArrayList<>();
        for (ExerciseResult exercise : results) {
            for (CheckResult check : exercise.checks()) {
                if (check.status() == CheckStatus.PASSED) {
                    violations.add(exercise.testClassSimpleName() + " > " + check.name()
                            + ": passes on the untouched stub, so it grades nothing");
                } else if (check.status() != CheckStatus.NOT_STARTED && !check.needsSomething()) {
                    violations.add(exercise.testClassSimpleName() + " > " + check.name() + ": is "
                            + check.status().label() + " on the untouched stub instead of not started ("
                            + firstLine(check.message()) + ")");
                }
            }
        }
        return violations;
    }

    private static String firstLine(String message) {
        return message == null ? "no message" : message.lines().findFirst().orElse("");
    }
}
