package dev.backendlab.cli;

import dev.backendlab.grader.readme.ExerciseSection;
import dev.backendlab.grader.report.ProgressFiles;
import dev.backendlab.grader.report.ProgressStatus;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * {@code ./lab check [module | exercise]}: grades just that (by default the next exercise that
 * does not pass), then shows where it stands and refreshes the progress files.
 */
final class CheckCommand {

    private final LabProject project;
    private final Grader grader;
    private final Console console;

    CheckCommand(LabProject project, Grader grader, Console console) {
        this.project = project;
        this.grader = grader;
        this.console = console;
    }

    int run(List<String> args) throws InterruptedException {
        if (args.size() > 1) {
            throw new UsageException("./lab check takes one module or exercise, for example ./lab check phase01-core:2");
        }
        List<ExerciseSection> exercises = project.exercises();
        if (args.isEmpty()) {
            Optional<ExerciseSection> next = project.next();
            if (next.isEmpty()) {
                console.println("Every exercise passes: nothing left to check. Well done!");
                return 0;
            }
            return grade(List.of(next.get())) ? 0 : 1;
        }
        Optional<String> module = ExerciseLookup.module(project.modules(), args.get(0));
        List<ExerciseSection> chosen = module.isPresent()
                ? exercises.stream().filter(e -> e.module().equals(module.get())).toList()
                : List.of(ExerciseLookup.find(exercises, args.get(0)));
        return grade(chosen) ? 0 : 1;
    }

    /** Grades exercises of one module and reports each; true when all of them pass. */
    boolean grade(List<ExerciseSection> exercises) throws InterruptedException {
        String module = exercises.get(0).module();
        console.println(exercises.size() == 1
                ? "Grading " + ExerciseReport.name(exercises.get(0)) + " ..."
                : "Grading " + module + " (" + exercises.size() + " exercises) ...");
        Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        int exitCode = grader.grade(module, exercises.stream().map(this::testClass).toList());
        ProgressFiles.write(project.root(), project.progress(), "learner");

        if (exitCode == Grader.DID_NOT_COMPILE) {
            // Not the results of an older round: this code has none yet.
            for (ExerciseSection exercise : exercises) {
                console.println(console.style().red(console.style().symbol(dev.backendlab.grader.results.CheckStatus.BROKEN) + " "
                        + ExerciseReport.name(exercise) + ": did not compile: fix the error above, then save again"));
            }
            return false;
        }
        boolean allPass = true;
        console.println("");
        for (ExerciseSection exercise : exercises) {
            boolean graded = project.gradedAt(exercise).filter(t -> !t.isBefore(started)).isPresent();
            if (!graded) {
                console.println(console.style().red("! " + ExerciseReport.name(exercise) + " was not graded: "
                        + (exitCode != 0 ? "the build failed before its tests ran (a compile error? see above)"
                                : "its test class did not run")));
                allPass = false;
                continue;
            }
            boolean passes = project.statusOf(exercise) == ProgressStatus.DONE;
            allPass &= passes;
            console.out().print(exercises.size() == 1 || !passes
                    ? ExerciseReport.details(exercise, project.resultOf(exercise), console.style())
                    : ExerciseReport.headline(exercise, project.resultOf(exercise), console.style()) + "\n");
        }
        if (allPass) {
            project.next().ifPresentOrElse(
                    next -> console.println("Next: " + ExerciseReport.name(next) + "  (./lab check, or ./lab watch)"),
                    () -> console.println("Every exercise of the lab passes: well done!"));
        }
        return allPass;
    }

    private String testClass(ExerciseSection exercise) {
        return exercise.testClass().orElseThrow(() -> new UsageException(
                "README section \"" + exercise.heading() + "\" of " + exercise.module() + " names no test class"));
    }
}
