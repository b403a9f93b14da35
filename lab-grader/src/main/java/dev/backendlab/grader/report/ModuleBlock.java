package dev.backendlab.grader.report;

import dev.backendlab.grader.results.ExerciseResult;
import dev.backendlab.grader.roadmap.Roadmap;
import java.util.List;
import java.util.Optional;

/**
 * The short block printed after a module's tests: each exercise with its status and count, the
 * first failure of each exercise in progress, and the command for the next one. A check that needs
 * a missing tool is in no count; the count says so ({@code 32/32 (1 needs curl)}) and the first
 * such check of an exercise otherwise done shows its install command.
 */
public final class ModuleBlock {

    // Column widths, in characters: the module title and the exercise label leave room for the
    // longest of today's titles, so bars and counts line up down the block on an 80-column terminal.
    private static final int TITLE_WIDTH = 46;
    private static final int BAR_WIDTH = 16;
    private static final int COUNT_WIDTH = 7;
    private static final int SYMBOL_WIDTH = 3;
    private static final int ORDER_WIDTH = 2;
    private static final int LABEL_WIDTH = 42;
    private static final String FAILURE_INDENT = "        ";

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
        NeedsTally needs = NeedsTally.sum(exercises.stream().map(ExerciseProgress::needs).toList());
        String title = Roadmap.phaseOfModule(module).map(p -> module + style.dot() + p.title()).orElse(module);

        StringBuilder out = new StringBuilder();
        if (exercises.isEmpty() && notGraded.isEmpty()) {
            return out.append(style.bold(title)).append(": no exercises yet\n").toString();
        }
        out.append(style.bold(TextBlocks.pad(title, TITLE_WIDTH))).append(' ').append(style.bar(passed, total, BAR_WIDTH))
                .append(' ').append(TextBlocks.padLeft(TextBlocks.count(passed, total), COUNT_WIDTH))
                .append(style.dim(needs.suffix())).append('\n');
        for (ExerciseProgress e : exercises) {
            String label = TextBlocks.padLeft(Integer.toString(e.result().order()), ORDER_WIDTH) + " " + e.result().title();
            out.append("  ").append(style.paint(e.status(), TextBlocks.pad(style.symbol(e.status()), SYMBOL_WIDTH)))
                    .append(' ').append(TextBlocks.pad(label, LABEL_WIDTH)).append(' ')
                    .append(TextBlocks.padLeft(TextBlocks.count(e.result().passed(), e.result().total()), COUNT_WIDTH))
                    .append("  ").append(style.paint(e.status(), e.labelWithNeeds())).append('\n');
            if (e.status() == ProgressStatus.IN_PROGRESS) {
                e.firstFailure().ifPresent(check -> TextBlocks.appendFailure(out, FAILURE_INDENT, check, style));
            } else if (e.status() == ProgressStatus.DONE || e.status() == ProgressStatus.NEEDS) {
                // Nothing else to do here: say how to get what the rest needs.
                e.firstNeed().ifPresent(check -> TextBlocks.appendFailure(out, FAILURE_INDENT, check, style));
            }
        }
        for (String testClass : notGraded) {
            out.append("  ").append(style.red(TextBlocks.pad(style.symbol(ProgressStatus.NOT_GRADED), SYMBOL_WIDTH) + ' '
                    + testClass.substring(testClass.lastIndexOf('.') + 1)
                    + ": not graded, its run did not finish (a crash, or past -Dlab.forkTimeout?)")).append('\n');
        }
        Optional<ExerciseProgress> next = exercises.stream().filter(ExerciseProgress::isWorkLeft).findFirst();
        out.append(next.map(e -> "  Next: " + e.command() + "\n        (" + e.readmeLink() + ")\n")
                .orElse("  Every exercise of " + module + " passes" + needs.suffix() + ".\n"));
        return out.toString();
    }
}
