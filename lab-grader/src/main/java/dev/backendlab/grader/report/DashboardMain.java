package dev.backendlab.grader.report;

import dev.backendlab.grader.results.ResultsStore;
import dev.backendlab.grader.roadmap.Phase;
import dev.backendlab.grader.roadmap.Roadmap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The last step of a grading run (the {@code lab-dashboard} module): reads what every phase
 * module wrote, prints the dashboard, and writes it under the repository root's {@code target/}
 * ({@link ProgressFiles}).
 */
public final class DashboardMain {

    private DashboardMain() {
    }

    public static void main(String[] args) throws IOException {
        Arguments arguments = Arguments.parse(args);
        Path root = Path.of(arguments.required("root"));
        String mode = arguments.values().getOrDefault("mode", "learner");
        Instant buildStarted = arguments.values().containsKey("build-started")
                ? Instant.parse(arguments.required("build-started")) : Instant.EPOCH;
        Progress progress = Progress.of(readModules(root, mode, buildStarted));
        ProgressFiles.write(root, progress, mode);

        System.out.print(Dashboard.render(progress, Style.detect()));
        if ("solution".equals(mode)) {
            // The plain closing line CI tools read; the learner's run shows the bar instead.
            System.out.println("Checks: " + progress.passed() + " passed, " + (progress.total() - progress.passed()) + " failed"
                    + (progress.needs().any() ? ", " + progress.needs().note() : ""));
        }
        System.out.println();
    }

    /**
     * @param mode         {@code learner} or {@code solution}: whose results to read
     * @param buildStarted results last written before this were not produced by this run: their
     *                     module did not build (a compile error), so it shows as not graded;
     *                     {@link Instant#EPOCH} takes every result, however old
     */
    public static Map<String, ModuleState> readModules(Path root, String mode, Instant buildStarted) {
        Map<String, ModuleState> modules = new LinkedHashMap<>();
        for (Phase phase : Roadmap.phases()) {
            phase.module().ifPresent(module -> {
                Path dir = root.resolve(module);
                ResultsStore store = ResultsStore.ofModule(dir, mode);
                boolean gradedThisRun = store.lastWritten().filter(t -> !t.isBefore(buildStarted)).isPresent();
                modules.put(module, new ModuleState(module, hasTests(dir.resolve("src/test/java")),
                        gradedThisRun ? store.readAll() : List.of()));
            });
        }
        return modules;
    }

    private static boolean hasTests(Path testSources) {
        if (!Files.isDirectory(testSources)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(testSources)) {
            return files.anyMatch(f -> f.toString().endsWith(".java"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
