package dev.backendlab.cli;

import dev.backendlab.grader.readme.ExerciseSection;
import dev.backendlab.grader.report.ProgressStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code ./lab solution <exercise>}: the reference solution, once the learner's own passes. The
 * learner's results must be newer than their last edit; otherwise the exercise is graded first.
 */
final class SolutionCommand {

    private final LabProject project;
    private final CheckCommand check;
    private final Console console;

    SolutionCommand(LabProject project, CheckCommand check, Console console) {
        this.project = project;
        this.check = check;
        this.console = console;
    }

    int run(List<String> args) throws InterruptedException {
        if (args.size() != 1) {
            throw new UsageException("./lab solution takes the exercise you solved, for example ./lab solution phase01-core:2");
        }
        ExerciseSection exercise = ExerciseLookup.find(project.exercises(), args.get(0));
        if (!gradedSinceLastEdit(exercise)) {
            console.println("Your code changed since it was last graded, so it is graded first.");
            check.grade(List.of(exercise));
            if (!gradedSinceLastEdit(exercise)) {
                console.println("Your code could not be graded (see above), so the reference solution stays closed.");
                return 1;
            }
        }
        if (project.statusOf(exercise) != ProgressStatus.DONE) {
            refuse(exercise);
            return 1;
        }
        for (String stubFile : exercise.stubFiles()) {
            String solution = stubFile.replaceFirst("^src/main/java/", "src/solution/java/");
            console.println(console.style().bold("=== " + exercise.module() + "/" + solution));
            console.out().print(read(project.moduleDirectory(exercise).resolve(solution)));
            console.println("");
        }
        console.println("That is the reference solution of " + ExerciseReport.name(exercise)
                + ". Yours passes too: compare the choices, not the lines.");
        return 0;
    }

    private boolean gradedSinceLastEdit(ExerciseSection exercise) {
        return project.gradedAt(exercise).filter(t -> t.isAfter(project.lastEdited(exercise))).isPresent();
    }

    private void refuse(ExerciseSection exercise) {
        String where = project.resultOf(exercise)
                .map(r -> "passes " + r.passed() + " of " + r.total() + " checks")
                .orElse("has not been graded");
        int hintsLeft = exercise.hints().size() - Math.min(new HintLog(project.root()).shown(exercise.id()), exercise.hints().size());
        console.println("Not yet: your solution of " + ExerciseReport.name(exercise) + " " + where + ".");
        console.println("The reference solution opens once every check passes, so the puzzle stays yours to solve.");
        console.println(hintsLeft > 0
                ? "A nudge instead? ./lab hint " + exercise.id() + " (" + hintsLeft + " of " + exercise.hints().size() + " hints not seen yet)"
                : "You have seen every hint; the first failing check above says what the tests expect.");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the reference solution " + file, e);
        }
    }
}
