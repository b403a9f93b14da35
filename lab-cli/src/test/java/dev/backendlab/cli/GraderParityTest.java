package dev.backendlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backendlab.grader.readme.ExerciseSection;
import dev.backendlab.grader.readme.ModuleReadme;
import dev.backendlab.grader.report.Style;
import dev.backendlab.grader.results.CheckResult;
import dev.backendlab.grader.results.ExerciseResult;
import dev.backendlab.grader.results.ResultsStore;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The resident grader and Maven, the reference, give every check of phase01-core and phase02-http
 * the same status: on the stubs, on the reference solutions, and on a partly done lab (exercise 1
 * solved, exercise 2 half: its first stub file solved). Each state grades a copy of this lab with
 * {@code ./mvnw test} and then with the resident grader.
 *
 * <p>Slow (three Maven runs of two modules: about 2.5 minutes), so it runs in solution mode, which
 * sets {@code lab.parity} (lab-cli's pom), and where asked:
 * {@code ./mvnw test -pl lab-cli -am -Dlab.skipOwnTests=false -Dtest=GraderParityTest -Dlab.parity=true}.
 */
@Tag("parity")
@EnabledIfSystemProperty(named = "lab.parity", matches = "true")
// Rounds compile and start JUnit: more than the lab's 10 s default per check on a busy machine.
@Timeout(value = 30, unit = TimeUnit.MINUTES)
class GraderParityTest {

    private static final List<String> MODULES = List.of("phase01-core", "phase02-http");
    private static final Set<String> NOT_COPIED = Set.of("target", ".git", ".lab");

    @TempDir
    static Path copy;

    private static Path lab;

    @BeforeAll
    static void copyTheLab() throws IOException {
        lab = Path.of("").toAbsolutePath().normalize().getParent();
        try (Stream<Path> tree = Files.walk(lab)) {
            for (Path from : (Iterable<Path>) tree.filter(p -> !excluded(lab.relativize(p)))::iterator) {
                Path to = copy.resolve(lab.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private static boolean excluded(Path relative) {
        for (Path part : relative) {
            if (NOT_COPIED.contains(part.toString())) {
                return true;
            }
        }
        return false;
    }

    @ParameterizedTest(name = "on the {0}")
    @ValueSource(strings = {"stubs", "solutions", "partly done"})
    void the_resident_grader_and_maven_give_every_check_the_same_status(String state) throws Exception {
        for (String module : MODULES) {
            prepare(module, state);
        }
        Map<String, String> byMaven = gradeWithMaven();
        Map<String, String> resident = gradeResident();

        assertThat(byMaven).as("Maven graded something").isNotEmpty();
        assertThat(resident).isEqualTo(byMaven);
    }

    private static void prepare(String module, String state) throws IOException {
        Path moduleDir = copy.resolve(module);
        Path main = moduleDir.resolve("src/main/java");
        deleteTree(main);
        copyTree(lab.resolve(module).resolve("src/main/java"), main);
        Path solution = lab.resolve(module).resolve("src/solution/java");
        if (state.equals("solutions")) {
            copyTree(solution, main);
        } else if (state.equals("partly done")) {
            List<ExerciseSection> exercises = ModuleReadme.read(lab.resolve(module));
            List<String> solved = new java.util.ArrayList<>(exercises.get(0).stubFiles());
            solved.add(exercises.get(1).stubFiles().get(0));
            for (String stub : solved) {
                Path from = lab.resolve(module).resolve(stub.replace("src/main/java", "src/solution/java"));
                Files.copy(from, moduleDir.resolve(stub), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static Map<String, String> gradeWithMaven() throws Exception {
        clearResults();
        Process maven = new ProcessBuilder(copy.resolve("mvnw").toString(), "-B", "-q", "test",
                "-pl", String.join(",", MODULES), "-am")
                .directory(copy.toFile()).redirectErrorStream(true)
                .redirectOutput(copy.resolve("maven.log").toFile()).start();
        assertThat(maven.waitFor()).as("./mvnw test (see maven.log)").isZero();
        return statuses();
    }

    private static Map<String, String> gradeResident() throws Exception {
        clearResults();
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        Console console = new Console(new PrintStream(output, true, StandardCharsets.UTF_8),
                new BufferedReader(new StringReader("")), Style.ASCII);
        ResidentGrader grader = new ResidentGrader(copy, console, new MavenGrader(copy, console, false));
        for (String module : MODULES) {
            List<String> testClasses = ModuleReadme.read(copy.resolve(module)).stream()
                    .map(e -> e.testClass().orElseThrow()).toList();
            assertThat(grader.grade(module, testClasses)).as(output.toString(StandardCharsets.UTF_8)).isZero();
        }
        assertThat(output.toString(StandardCharsets.UTF_8)).doesNotContain("Grading with Maven this time");
        return statuses();
    }

    /** "module TestClass > check name" to the status label, for every check graded. */
    private static Map<String, String> statuses() {
        Map<String, String> statuses = new TreeMap<>();
        for (String module : MODULES) {
            for (ExerciseResult exercise : ResultsStore.ofModule(copy.resolve(module)).readAll()) {
                for (CheckResult check : exercise.checks()) {
                    statuses.put(module + " " + exercise.testClassSimpleName() + " > " + check.name(), check.status().label());
                }
            }
        }
        return statuses;
    }

    private static void clearResults() {
        MODULES.forEach(m -> deleteTree(copy.resolve(m).resolve(ResultsStore.DIRECTORY)));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> tree = Files.walk(from)) {
            for (Path source : (Iterable<Path>) tree::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> tree = Files.walk(dir)) {
            tree.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
