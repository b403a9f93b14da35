package dev.backendlab.grader.report;

import dev.backendlab.grader.results.CheckResult;
import dev.backendlab.grader.results.CheckStatus;
import dev.backendlab.grader.results.ExerciseResult;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** One exercise's results, its status, and how a learner works on it. */
public record ExerciseProgress(ExerciseResult result, ProgressStatus status) {

    public static ExerciseProgress of(ExerciseResult result) {
        return new ExerciseProgress(result, statusOf(result));
    }

    private static ProgressStatus statusOf(ExerciseResult result) {
        if (result.total() > 0 && result.passed() == result.total()) {
            return ProgressStatus.DONE;
        }
        boolean untouched = result.checks().stream()
                .allMatch(c -> c.status() == CheckStatus.NOT_STARTED || c.status() == CheckStatus.SKIPPED);
        return untouched ? ProgressStatus.NOT_STARTED : ProgressStatus.IN_PROGRESS;
    }

    /** The command that grades only this exercise, from the repository root. */
    public String command() {
        return "./mvnw test -pl " + result.module() + " -am -Dtest=" + result.testClassSimpleName();
    }

    /** The README heading of this exercise: {@code Exercise 2: Event loop}. */
    public String readmeHeading() {
        return "Exercise " + result.order() + ": " + result.title();
    }

    /** Link to the README section, relative to the repository root. */
    public String readmeLink() {
        return readmeLink(result.module(), readmeHeading());
    }

    /** Link to a module README's section, relative to the repository root. */
    public static String readmeLink(String module, String heading) {
        return module + "/README.md#" + anchor(heading);
    }

    /**
     * The check to show the learner first: the first that fails for a reason they can act on (an
     * assertion, a crash, a timeout), else the first that did not pass.
     */
    public Optional<CheckResult> firstFailure() {
        return result.checks().stream()
                .filter(c -> !c.passed())
                .min(Comparator.comparingInt(c -> c.status() == CheckStatus.NOT_STARTED
                        || c.status() == CheckStatus.SKIPPED ? 1 : 0));
    }

    /** GitHub's heading anchors: lower case, punctuation dropped, spaces become hyphens. */
    public static String anchor(String heading) {
        return heading.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
    }
}
