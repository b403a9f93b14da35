package dev.backendlab.cli;

import dev.backendlab.grader.readme.ExerciseSection;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code ./lab reset <exercise> [--yes]}: puts the exercise's stub files back as git has them,
 * after saying which files change and asking.
 */
final class ResetCommand {

    private final LabProject project;
    private final Console console;

    ResetCommand(LabProject project, Console console) {
        this.project = project;
        this.console = console;
    }

    int run(List<String> args) throws InterruptedException {
        List<String> names = args.stream().filter(a -> !a.equals("--yes") && !a.equals("-y")).toList();
        if (names.size() != 1) {
            throw new UsageException("./lab reset takes the exercise to start over, for example ./lab reset phase01-core:2"
                    + " (add --yes to skip the question)");
        }
        ExerciseSection exercise = ExerciseLookup.find(project.exercises(), names.get(0));
        Map<Path, byte[]> changed = changedStubs(exercise);
        if (changed.isEmpty()) {
            console.println("The files of " + ExerciseReport.name(exercise) + " are already the stub: nothing to reset.");
            return 0;
        }
        console.println("This puts back the stub of " + ExerciseReport.name(exercise) + " in:");
        changed.keySet().forEach(file -> console.println("  " + project.root().relativize(file)));
        boolean yes = names.size() != args.size() || console.confirm("Your changes in these files will be lost. Reset?");
        if (!yes) {
            console.println("Nothing was changed.");
            return 1;
        }
        changed.forEach(ResetCommand::write);
        console.println("Reset. Grade it with ./lab check " + exercise.id() + "; hints you have seen stay seen.");
        return 0;
    }

    /** The stub files that differ from their stub in git, with the stub's bytes. */
    private Map<Path, byte[]> changedStubs(ExerciseSection exercise) throws InterruptedException {
        GitStubs git = new GitStubs(project.root());
        String marker = "\"" + exercise.heading() + "\"";
        Map<Path, byte[]> changed = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (String stubFile : exercise.stubFiles()) {
            String relative = exercise.module() + "/" + stubFile;
            Path file = project.root().resolve(relative);
            Optional<byte[]> stub = git.stub(relative, marker);
            if (stub.isEmpty()) {
                missing.add(relative);
            } else if (!Arrays.equals(stub.get(), readIfExists(file))) {
                changed.put(file, stub.get());
            }
        }
        if (!missing.isEmpty()) {
            throw new UsageException("git has no stub of " + String.join(", ", missing)
                    + " (no commit holds it with \"" + exercise.heading() + "\"): nothing was changed.");
        }
        return changed;
    }

    private static byte[] readIfExists(Path file) {
        try {
            return Files.exists(file) ? Files.readAllBytes(file) : new byte[0];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, byte[] content) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
    }
}
