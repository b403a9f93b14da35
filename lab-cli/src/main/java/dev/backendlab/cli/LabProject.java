package dev.backendlab.cli;

import dev.backendlab.grader.readme.ExerciseSection;
import dev.backendlab.grader.readme.ModuleReadme;
import dev.backendlab.grader.report.DashboardMain;
import dev.backendlab.grader.report.ExerciseProgress;
import dev.backendlab.grader.report.Progress;
import dev.backendlab.grader.report.ProgressStatus;
import dev.backendlab.grader.results.ExerciseResult;
import dev.backendlab.grader.results.ResultsStore;
import dev.backendlab.grader.roadmap.Phase;
import dev.backendlab.grader.roadmap.Roadmap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The lab on disk as the tool sees it: the phase modules in roadmap order, their exercises from
 * the READMEs, and the learner's latest results. Everything is read fresh on each call, so a
 * grading run in between is always seen.
 */
public final class LabProject {

    private final Path root;

    public LabProject(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    /** The phase modules present on disk, in roadmap order. */
    public List<String> modules() {
        return Roadmap.phases().stream()
                .map(Phase::module)
                .flatMap(Optional::stream)
                .filter(module -> Files.isRegularFile(root.resolve(module).resolve("README.md")))
                .toList();
    }

    /** Every exercise of the lab, module by module, each module's in order. */
    public List<ExerciseSection> exercises() {
        return modules().stream().flatMap(module -> ModuleReadme.read(root.resolve(module)).stream()).toList();
    }

    public Path moduleDirectory(ExerciseSection exercise) {
        return root.resolve(exercise.module());
    }

    /** The learner's latest results of the exercise, from a grading run or an IDE run. */
    public Optional<ExerciseResult> resultOf(ExerciseSection exercise) {
        return ResultsStore.ofModule(moduleDirectory(exercise)).readAll().stream()
                .filter(r -> exercise.testClass().map(r.testClassSimpleName()::equals).orElse(r.order() == exercise.order()))
                .findFirst();
    }

    /** When the exercise's results were written; empty when it was never graded. */
    public Optional<Instant> gradedAt(ExerciseSection exercise) {
        return resultOf(exercise).map(r -> modified(ResultsStore.ofModule(moduleDirectory(exercise)).fileOf(r.testClass())));
    }

    public ProgressStatus statusOf(ExerciseSection exercise) {
        return resultOf(exercise).map(r -> ExerciseProgress.of(r).status()).orElse(ProgressStatus.NOT_GRADED);
    }

    /**
     * The first exercise, in roadmap and README order, that does not pass yet, passing over one whose
     * every check needs a missing tool ("needs curl"): there is nothing to write there until then.
     */
    public Optional<ExerciseSection> next() {
        return exercises().stream().filter(e -> statusOf(e) != ProgressStatus.DONE && statusOf(e) != ProgressStatus.NEEDS)
                .findFirst();
    }

    /** The whole lab's progress from the learner's latest results, however old. */
    public Progress progress() {
        return Progress.of(DashboardMain.readModules(root, "learner", Instant.EPOCH));
    }

    /** The newest change to any of the exercise's stub files. */
    public Instant lastEdited(ExerciseSection exercise) {
        return exercise.stubFiles().stream()
                .map(moduleDirectory(exercise)::resolve)
                .filter(Files::exists)
                .map(LabProject::modified)
                .max(Instant::compareTo)
                .orElse(Instant.EPOCH);
    }

    private static Instant modified(Path file) {
        try {
            FileTime time = Files.getLastModifiedTime(file);
            return time.toInstant();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
