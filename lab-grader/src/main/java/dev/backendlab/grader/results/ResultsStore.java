package dev.backendlab.grader.results;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The results of one module on disk: a JSON file per exercise under {@code target/lab-results}
 * (the learner's code) or {@code target/lab-results-solution} (the reference solutions).
 *
 * <p>One file per exercise, not one per run, so that running a single exercise updates its own
 * row and keeps the others from the last full run. Each mode has its own folder, so checking the
 * lab with {@code -Psolution} never shows up as the learner's progress.
 */
public final class ResultsStore {

    /** Where a module's results of the learner's code live, relative to the module's directory. */
    public static final String DIRECTORY = "target/lab-results";

    /** Where a module's results of the reference solutions live, relative to the module's directory. */
    public static final String SOLUTION_DIRECTORY = "target/lab-results-solution";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path directory;

    public ResultsStore(Path directory) {
        this.directory = directory;
    }

    /** The learner's results of a module. */
    public static ResultsStore ofModule(Path moduleDirectory) {
        return new ResultsStore(moduleDirectory.resolve(DIRECTORY));
    }

    /** @param mode {@code learner} or {@code solution}, as the POM's {@code lab.mode} says */
    public static ResultsStore ofModule(Path moduleDirectory, String mode) {
        return new ResultsStore(moduleDirectory.resolve("solution".equals(mode) ? SOLUTION_DIRECTORY : DIRECTORY));
    }

    /** The file that holds one exercise's results. */
    public Path fileOf(String testClass) {
        return directory.resolve(testClass + ".json");
    }

    /** Writes one exercise's results, replacing the file atomically so a reader never sees half. */
    public void write(ExerciseResult result) {
        try {
            Files.createDirectories(directory);
            Path target = fileOf(result.testClass());
            Path temp = Files.createTempFile(directory, result.testClass(), ".tmp");
            JSON.writeValue(temp.toFile(), result);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write grading results to " + directory, e);
        }
    }

    /** When the newest results file was written, truncated to seconds; empty when there is none. */
    public Optional<Instant> lastWritten() {
        if (!Files.isDirectory(directory)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.toString().endsWith(".json"))
                    .map(ResultsStore::modified)
                    .max(Comparator.naturalOrder())
                    .map(t -> t.truncatedTo(ChronoUnit.SECONDS));
        } catch (IOException e) {
            throw new UncheckedIOException("could not list grading results in " + directory, e);
        }
    }

    private static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every exercise result in the directory, by exercise order; empty when none was written. */
    public List<ExerciseResult> readAll() {
        return readWrittenSince(Instant.EPOCH);
    }

    /**
     * The results written at or after {@code since} (to the second): those of this build, not the
     * ones an earlier run (another mode, another test filter) left behind.
     */
    public List<ExerciseResult> readWrittenSince(Instant since) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        List<ExerciseResult> results = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            List<Path> jsonFiles = files.filter(f -> f.toString().endsWith(".json"))
                    .filter(f -> !modified(f).truncatedTo(ChronoUnit.SECONDS).isBefore(since))
                    .sorted()
                    .toList();
            for (Path file : jsonFiles) {
                results.add(JSON.readValue(file.toFile(), ExerciseResult.class));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read grading results from " + directory, e);
        }
        results.sort(Comparator.comparingInt(ExerciseResult::order).thenComparing(ExerciseResult::testClass));
        return results;
    }
}
