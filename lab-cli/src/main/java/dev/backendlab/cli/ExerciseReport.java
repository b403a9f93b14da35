package dev.backendlab.cli;

import dev.backendlab.grader.readme.ExerciseSection;
import dev.backendlab.grader.report.ExerciseProgress;
import dev.backendlab.grader.report.ProgressStatus;
import dev.backendlab.grader.report.Style;
import dev.backendlab.grader.report.TextBlocks;
import dev.backendlab.grader.results.CheckResult;
import dev.backendlab.grader.results.ExerciseResult;
import java.util.Optional;

/** How the tool shows one exercise: where it stands, its first failure, what to type next. */
final class ExerciseReport {

    private ExerciseReport() {
    }

    /** {@code phase01-core, exercise 2 "Event loop"} */
    static String name(ExerciseSection exercise) {
        return exercise.module() + ", exercise " + exercise.order() + " \"" + exercise.title() + "\"";
    }

    static String readmeLink(ExerciseSection exercise) {
        return ExerciseProgress.readmeLink(exercise.module(), exercise.heading());
    }

    /** One line: symbol, name, status and count. */
    static String headline(ExerciseSection exercise, Optional<ExerciseResult> result, Style style) {
        if (result.isEmpty()) {
            return style.symbol(ProgressStatus.NOT_STARTED) + " "
                    + name(exercise) + ": not graded yet";
        }
        ExerciseProgress progress = ExerciseProgress.of(result.get());
        return style.paint(progress.status(), style.symbol(progress.status())) + " " + name(exercise) + ": "
                + style.paint(progress.status(), progress.label()) + ", " + result.get().passed() + " of "
                + result.get().total() + " checks pass" + progress.needsSuffix();
    }

    /**
     * The headline, then the first check to fix with its message (or, with none to fix, the first
     * that needs a missing tool, with its install command), then where to read and ask.
     */
    static String details(ExerciseSection exercise, Optional<ExerciseResult> result, Style style) {
        StringBuilder out = new StringBuilder(headline(exercise, result, style)).append('\n');
        result.map(ExerciseProgress::of)
                .flatMap(p -> (p.status() == ProgressStatus.DONE ? Optional.<CheckResult>empty() : p.firstFailure())
                        .or(p::firstNeed))
                .ifPresent(check -> TextBlocks.appendFailure(out, "   ", check, style));
        if (result.map(r -> ExerciseProgress.of(r).status() != ProgressStatus.DONE).orElse(true)) {
            out.append("   read: ").append(readmeLink(exercise)).append('\n');
            out.append("   hint: ./lab hint ").append(exercise.id()).append('\n');
        }
        return out.toString();
    }
}
