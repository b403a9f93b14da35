package dev.backendlab.cli;

import dev.backendlab.grader.readme.ExerciseSection;
import dev.backendlab.grader.report.TextBlocks;
import java.util.List;

/**
 * {@code ./lab hint [exercise]}: one more hint each time, gentlest first, with the ones already
 * seen above it. Hints come from the exercise's README section.
 */
final class HintCommand {

    private static final int WIDTH = 78;

    private final LabProject project;
    private final Console console;
    private final HintLog log;

    HintCommand(LabProject project, Console console) {
        this.project = project;
        this.console = console;
        this.log = new HintLog(project.root());
    }

    int run(List<String> args) {
        if (args.size() > 1) {
            throw new UsageException("./lab hint takes one exercise, for example ./lab hint phase01-core:2");
        }
        ExerciseSection exercise = args.isEmpty()
                ? project.next().orElseThrow(() -> new UsageException(
                        "Every exercise passes, so there is no current one: name one, ./lab hint phase01-core:2"))
                : ExerciseLookup.find(project.exercises(), args.get(0));
        List<String> hints = exercise.hints();
        if (hints.isEmpty()) {
            console.println(ExerciseReport.name(exercise) + " has no hints yet: its README section is "
                    + ExerciseReport.readmeLink(exercise));
            return 0;
        }
        int before = Math.min(log.shown(exercise.id()), hints.size());
        int shown = Math.min(before + 1, hints.size());
        log.record(exercise.id(), shown);

        console.println(console.style().bold("Hints for " + ExerciseReport.name(exercise)));
        for (int i = 0; i < shown; i++) {
            String label = " " + (i + 1) + " of " + hints.size() + "  ";
            String text = TextBlocks.wrap(hints.get(i), " ".repeat(label.length()), WIDTH).substring(label.length());
            boolean fresh = i == shown - 1 && shown > before;
            console.out().print(fresh ? console.style().bold(label) + text : console.style().dim(label + text));
        }
        console.out().flush();
        console.println(shown < hints.size()
                ? "Still stuck? ./lab hint " + exercise.id() + " shows the next one."
                : "That was the last hint. The failing check's message says what the tests expect; "
                        + "once every check passes, ./lab solution " + exercise.id() + " shows the reference solution.");
        return 0;
    }
}
