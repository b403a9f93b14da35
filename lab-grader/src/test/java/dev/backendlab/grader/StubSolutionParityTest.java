package dev.backendlab.grader;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backendlab.grader.parity.Drift;
import dev.backendlab.grader.parity.StubSolutionParity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every phase module's stubs and reference solutions stay in step: the same files, the same public
 * and protected signatures, the same Javadoc (see {@link StubSolutionParity}). A learner reads the
 * stub's contract and is graded against tests the solution passes: if the two drift apart, the
 * learner is taught one contract and graded on another.
 *
 * <p>A stub holds only what the learner writes: the code lines it shares with its solution beyond
 * signatures and Javadoc (given code left in a file the learner edits) fail the build too, and are
 * listed per stub in {@code target/stub-solution-parity.txt}.
 */
class StubSolutionParityTest {

    /** Surefire runs in the module directory, so the repository root is one level up. */
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private static final Path REPORT = Path.of("target", "stub-solution-parity.txt");

    /**
     * The one kind of line a stub may share with its solution: a constructor's {@code super(...)} or
     * {@code this(...)} call, which Java requires before anything the learner writes.
     */
    private static final Pattern CONSTRUCTOR_CHAINING = Pattern.compile("(super|this)\\(.*\\);");

    @Test
    void every_stub_has_its_solution_twin_with_the_same_signatures_and_javadoc() throws IOException {
        List<Path> modules = phaseModules();
        assertThat(modules).as("phase modules found under %s", ROOT).isNotEmpty();

        List<String> drifts = new ArrayList<>();
        List<String> report = new ArrayList<>();
        int total = 0;
        for (Path module : modules) {
            StubSolutionParity.Result result = StubSolutionParity.check(ROOT, module);
            result.drifts().stream().map(Drift::toString).forEach(drifts::add);
            for (StubSolutionParity.Pair pair : result.pairs()) {
                if (!pair.sharedLines().isEmpty()) {
                    report.add(pair.sharedLines().size() + " shared lines: " + pair.file());
                    pair.sharedLines().forEach(line -> report.add("    " + line));
                }
            }
            report.add(result.sharedLines() + " shared lines in " + module.getFileName());
            total += result.sharedLines();
        }
        report.add(total + " shared lines in all");
        Files.createDirectories(REPORT.getParent());
        Files.write(REPORT, report, StandardCharsets.UTF_8);
        report.forEach(System.out::println);

        assertThat(drifts).as("stub/solution drifts (%d): make the stub and its solution agree, one line per drift:%n%s",
                drifts.size(), String.join(System.lineSeparator(), drifts)).isEmpty();
    }

    @Test
    void no_stub_shares_code_with_its_solution_beyond_constructor_chaining() throws IOException {
        List<String> shared = new ArrayList<>();
        for (Path module : phaseModules()) {
            for (StubSolutionParity.Pair pair : StubSolutionParity.check(ROOT, module).pairs()) {
                pair.sharedLines().stream()
                        .filter(line -> !CONSTRUCTOR_CHAINING.matcher(line).matches())
                        .forEach(line -> shared.add(pair.file() + ": " + line));
            }
        }

        assertThat(shared).as("code lines a stub shares with its solution (%d): a stub holds only what the learner "
                        + "writes, so move each to a class in src/given/java that both use, or leave it to the learner "
                        + "(a // TODO in the stub):%n%s", shared.size(), String.join(System.lineSeparator(), shared))
                .isEmpty();
    }

    /** {@code phaseNN-name} folders with stubs: the modules a learner works in. */
    private static List<Path> phaseModules() throws IOException {
        try (Stream<Path> dirs = Files.list(ROOT)) {
            return dirs.filter(d -> d.getFileName().toString().matches("phase\\d\\d-.+"))
                    .filter(d -> Files.isDirectory(d.resolve("src/main/java")))
                    .sorted()
                    .toList();
        }
    }
}
