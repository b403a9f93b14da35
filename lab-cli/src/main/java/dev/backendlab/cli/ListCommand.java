package dev.backendlab.cli;

import dev.backendlab.grader.readme.ExerciseSection;
import java.util.List;

/** {@code ./lab list}: every exercise with its id, status and count, the names the other commands take. */
final class ListCommand {

    private final LabProject project;
    private final Console console;

    ListCommand(LabProject project, Console console) {
        this.project = project;
        this.console = console;
    }

    int run(List<String> args) {
        if (!args.isEmpty()) {
            throw new UsageException("./lab list takes no arguments.");
        }
        String module = "";
        for (ExerciseSection exercise : project.exercises()) {
            if (!exercise.module().equals(module)) {
                module = exercise.module();
                console.println(console.style().bold(module));
            }
            String id = String.format("%-20s", exercise.id());
            console.println("  " + id + ExerciseReport.headline(exercise, project.resultOf(exercise), console.style())
                    .replace(ExerciseReport.name(exercise) + ": ", exercise.title() + ": "));
        }
        return 0;
    }
}
