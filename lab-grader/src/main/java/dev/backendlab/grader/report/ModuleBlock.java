package dev.backendlab.grader.report;

import dev.backendlab.grader.results.ExerciseResult;
import dev.backendlab.grader.roadmap.Roadmap;
import java.util.List;
import java.util.Optional;

/**
 * The short block printed after a module's tests: each exercise with its status and count, the
 * first failure of each exercise in progress, and the command for the next one.
 */
public final class ModuleBlock {

    private ModuleBlock() {
    }

    public static String render(String module, List<ExerciseResult> results, Style style) {
        return render(module, results, List.of(), style);
    }

    /** @param notGraded test classes of exercises that have no results: their run did not finish */
    public static String render(String module, List<ExerciseResult> results, List<String> notGraded, Style style) {
        List<ExerciseProgress> exercises = results.stream().map(ExerciseProgress::of).toList();
        long passed = exercises.stream().mapToLong(e -> e.result().passed()).sum();
        int total = exercises.stream().mapToInt(e -> e.result().total()).sum();
        String title = Roadmap.phaseOfModule(module).map(p -> module + style.dot() + p.title()).orElse(module);

        StringBuilder out = new StringBuilder();
        if (exercises.isEmpty() && notGraded.isEmpty()) {
            return out.append(style.bold(title)).append(": no exercises yet\n").toString();
        }
        out.append(style.bold(TextBlocks.pad(title, 46))).append(' ').append(style.bar(passed, total, 16))
                .append(' ').append(TextBlocks.padLeft(TextBlocks.count(passed, total), 7)).append('\n');
        for (ExerciseProgress e : exercises) {
            String label = TextBlocks.padLeft(Integer.toString(e.result().order()), 2) + " " + e.result().title();
            out.append("  ").append(style.paint(e.status(), String.format("%-3s", style.symbol(e.status()))))
                    .append(' ').append(TextBlocks.pad(label, 42)).append(' ')
                    .append(TextBlocks.padLeft(TextBlocks.count(e.result().passed(), e.result().total()), 7))
                    .append("  ").append(style.paint(e.status(), e.status().label())).append('\n');
            if (e.status() == ProgressStatus.IN_PROGRESS) {
                e.firstFailure().ifPresent(check -> TextBlocks.appendFailure(out, "        ", check, style));
            }
        }
        for (String testClass : notGraded) {
            out.append("  ").append(style.red(String.format("%-3s", style.symbol(ProgressStatus.NOT_GRADED)) + ' '
                    + testClass.substring(testClass.lastIndexOf('.') + 1)
                    + ": not graded, its run did not finish (a crash, or past -Dlab.forkTimeout?)")).append('\n');
        }
        Optional<ExerciseProgress> next = exercises.stream().filter(e -> e.status() != ProgressStatus.DONE).findFirst();
        out.append(next.map(e -> "  Next: " + e.command() + "\n        (" + e.readmeLink() + ")\n")
                .orElse("  Every exercise of " + module + " passes.\n"));
        return out.toString();
    }
}
