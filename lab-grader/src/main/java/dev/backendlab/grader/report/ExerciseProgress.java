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

    /**
     * Done when every check that could run passes (those that need a missing tool do not count);
     * "needs curl" when none could run; not started while every check is untouched.
     */
    private static ProgressStatus statusOf(ExerciseResult result) {
        if (result.total() > 0 && result.passed() == result.total()) {
            return ProgressStatus.DONE;
        }
        if (result.total() == 0 && !result.needing().isEmpty()) {
            return ProgressStatus.NEEDS;
        }
        boolean untouched = result.checks().stream().allMatch(c -> c.status() == CheckStatus.NOT_STARTED
                || c.status() == CheckStatus.SKIPPED || c.status() == CheckStatus.NEEDS);
        return untouched ? ProgressStatus.NOT_STARTED : ProgressStatus.IN_PROGRESS;
    }

    /** Whether the learner has something to do here: neither done nor waiting for a missing tool. */
    public boolean isWorkLeft() {
        return status != ProgressStatus.DONE && status != ProgressStatus.NEEDS;
    }

    /** The checks that need a missing tool, a newer JDK or a real server. */
    public NeedsTally needs() {
        return NeedsTally.of(result.checks());
    }

    /** The status as the learner reads it: {@code in progress}, or {@code needs curl}. */
    public String label() {
        return status == ProgressStatus.NEEDS ? needs().label() : status.label();
    }

    /** What the count leaves out, after it: {@code " (1 needs curl)"}; empty when the label says it. */
    public String needsSuffix() {
        return status == ProgressStatus.NEEDS ? "" : needs().suffix();
    }

    /** The status and what the count leaves out: {@code done (1 needs curl)}, {@code needs curl}. */
    public String labelWithNeeds() {
        return label() + needsSuffix();
    }

    /** The first check that needs what this machine lacks, with the install command in its message. */
    public Optional<CheckResult> firstNeed() {
        return result.checks().stream().filter(CheckResult::needsSomething).findFirst();
    }

    /** The ./lab command that grades only this exercise: {@code ./lab check phase01-core:2}. */
    public String labCommand() {
        return "./lab check " + result.module() + ":" + result.order();
    }

    /** The Maven command that grades only this exercise, from the repository root. */
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
     * assertion, a crash, a timeout), else the first not started. Never one that needs a missing
     * tool: that is {@link #firstNeed()}.
     */
    public Optional<CheckResult> firstFailure() {
        return result.checks().stream()
                .filter(c -> !c.passed() && !c.needsSomething())
                .min(Comparator.comparingInt(c -> c.status() == CheckStatus.NOT_STARTED
                        || c.status() == CheckStatus.SKIPPED ? 1 : 0));
    }

    /** GitHub's heading anchors: lower case, punctuation dropped, spaces become hyphens. */
    public static String anchor(String heading) {
        return heading.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
    }
}
