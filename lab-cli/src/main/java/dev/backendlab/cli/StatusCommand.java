package dev.backendlab.cli;

import dev.backendlab.grader.readme.ExerciseSection;
import dev.backendlab.grader.report.Dashboard;
import dev.backendlab.grader.report.Progress;
import dev.backendlab.grader.report.ProgressFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code ./lab status} (and plain {@code ./lab}): the dashboard from the latest results, without
 * running anything, then the next exercise with its first failure and what to type.
 */
final class StatusCommand {

    private final LabProject project;
    private final Console console;

    StatusCommand(LabProject project, Console console) {
        this.project = project;
        this.console = console;
    }

    int run(List<String> args) {
        if (!args.isEmpty()) {
            throw new UsageException("./lab status takes no arguments; to see one exercise, ./lab check <exercise>.");
        }
        Progress progress = project.progress();
        console.out().print(Dashboard.table(progress, console.style(), "not graded yet (./lab check <module> grades it)"));
        printNext(project.next());
        progress.problems().forEach(p -> console.println(console.style().red(" Problem: " + p)));
        Path page = project.root().resolve("target").resolve(ProgressFiles.baseName("learner") + ".html");
        if (Files.exists(page)) {
            console.println(console.style().dim(" In a browser: " + page.toUri()));
        }
        return 0;
    }

    private void printNext(Optional<ExerciseSection> next) {
        console.println("");
        if (next.isEmpty()) {
            console.println(project.exercises().isEmpty()
                    ? " No exercises found: run ./lab from the lab's root folder."
                    : " Every exercise passes: well done! ./mvnw test grades them all once more.");
            return;
        }
        ExerciseSection exercise = next.get();
        console.out().print(" Next: " + ExerciseReport.details(exercise, project.resultOf(exercise), console.style()));
        console.println("   grade it: ./lab check    re-grade on every save: ./lab watch");
    }
}
