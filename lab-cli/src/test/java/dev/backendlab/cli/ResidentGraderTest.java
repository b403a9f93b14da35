package dev.backendlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backendlab.grader.results.CheckResult;
import dev.backendlab.grader.results.CheckStatus;
import dev.backendlab.grader.results.ExerciseResult;
import dev.backendlab.grader.results.ResultsStore;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

// Rounds compile and start JUnit: more than the lab's 10 s default per check on a busy machine.
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ResidentGraderTest {

    private static final String MINI = "phase01-core MiniRuntimeTest";

    @TempDir
    Path root;

    private final List<List<String>> mavenRuns = new ArrayList<>();

    private ResidentGrader grader(ResidentLab lab, FakeGrader maven) {
        return new ResidentGrader(lab.root(), lab.temp.console(""), maven, args -> {
            mavenRuns.add(args);
            return 1;
        });
    }

    private List<CheckStatus> statuses(ResidentLab lab, String testClass) {
        Optional<ExerciseResult> result = ResultsStore.ofModule(lab.temp.module).readAll().stream()
                .filter(r -> r.testClassSimpleName().equals(testClass)).findFirst();
        assertThat(result).as("results of " + testClass).isPresent();
        return result.get().checks().stream().map(CheckResult::status).toList();
    }

    @Test
    void a_stub_is_graded_in_this_jvm_with_the_results_and_the_block_a_maven_run_gives() throws Exception {
        ResidentLab lab = new ResidentLab(root).keepClasspath();
        FakeGrader maven = new FakeGrader();

        assertThat(grader(lab, maven).grade("phase01-core", List.of("MiniRuntimeTest"))).isZero();

        assertThat(maven.runs()).as("no Maven run").isEmpty();
        assertThat(mavenRuns).isEmpty();
        assertThat(statuses(lab, "MiniRuntimeTest")).containsExactly(CheckStatus.NOT_STARTED, CheckStatus.NOT_STARTED);
        assertThat(lab.temp.output())
                .contains("1 Mini runtime")
                .contains("0/2  not started")
                .contains("Next: ./mvnw test -pl phase01-core -am -Dtest=MiniRuntimeTest")
                .contains("(resident grader: compiled in");
    }

    @Test
    void a_saved_solution_is_graded_with_the_new_code_while_the_libraries_stay_loaded() throws Exception {
        ResidentLab lab = new ResidentLab(root).keepClasspath();
        ResidentGrader grader = grader(lab, new FakeGrader());
        grader.grade("phase01-core", List.of("MiniRuntimeTest"));
        ClassLoader libraries = grader.librariesLoader("phase01-core");

        lab.temp.write(ResidentLab.RUNTIME, ResidentLab.RUNTIME_SOLVED);
        assertThat(grader.grade("phase01-core", List.of("MiniRuntimeTest"))).isZero();

        assertThat(statuses(lab, "MiniRuntimeTest")).containsExactly(CheckStatus.PASSED, CheckStatus.PASSED);
        assertThat(grader.librariesLoader("phase01-core")).as("the libraries' loader is kept across rounds").isSameAs(libraries);
        assertThat(lab.temp.output()).contains("2/2  done").contains("Every exercise of phase01-core passes.");
    }

    @Test
    void a_compile_error_prints_only_the_compiler_diagnostics_with_file_and_line() throws Exception {
        ResidentLab lab = new ResidentLab(root).keepClasspath();
        lab.temp.write(ResidentLab.RUNTIME, ResidentLab.RUNTIME_BROKEN);

        assertThat(grader(lab, new FakeGrader()).grade("phase01-core", List.of("MiniRuntimeTest")))
                .isEqualTo(Grader.DID_NOT_COMPILE);

        String where = "phase01-core" + File.separator + "src" + File.separator + "main" + File.separator + "java"
                + File.separator + "demo" + File.separator + "Runtime.java:5: error: ";
        assertThat(lab.temp.output().lines().toList()).containsExactly(where + "';' expected");
        assertThat(Files.exists(resultsOfExercise1(lab))).as("no results for code that did not compile").isFalse();
    }

    private static Path resultsOfExercise1(ResidentLab lab) {
        return lab.temp.resultsFile(1);
    }

    @Test
    void threads_the_code_leaves_running_are_interrupted_and_those_that_will_not_stop_are_named() throws Exception {
        ResidentLab lab = new ResidentLab(root).keepClasspath();
        lab.temp.write(ResidentLab.RUNTIME, """
                package demo;

                import java.util.concurrent.CountDownLatch;

                public class Runtime {
                    public int run() {
                        Thread polite = new Thread(() -> {
                            try {
                                new CountDownLatch(1).await();
                            } catch (InterruptedException e) {
                                // stops when interrupted
                            }
                        }, "lab-test-polite");
                        polite.start();
                        Thread stubborn = new Thread(() -> {
                            while (!Boolean.getBoolean("lab.test.release")) {
                                try {
                                    Thread.sleep(20);
                                } catch (InterruptedException e) {
                                    // ignores interrupts, as a careless loop does
                                }
                            }
                        }, "lab-test-stubborn");
                        stubborn.start();
                        return Answer.VALUE;
                    }
                }
                """);
        ResidentGrader grader = grader(lab, new FakeGrader());
        try {
            assertThat(grader.grade("phase01-core", List.of("MiniRuntimeTest"))).isZero();

            assertThat(grader.leftRunning()).containsOnly("lab-test-stubborn");
            assertThat(threadsNamed("lab-test-polite")).as("interrupted and ended").allSatisfy(t -> assertThat(t.isAlive()).isFalse());
            assertThat(lab.temp.output()).contains("did not stop when interrupted: lab-test-stubborn");
        } finally {
            System.setProperty("lab.test.release", "true");
            for (Thread t : threadsNamed("lab-test-stubborn")) {
                t.join(10_000);
            }
            System.clearProperty("lab.test.release");
        }
    }

    @Test
    void threads_a_library_keeps_are_not_blamed_on_the_learner_but_counted() throws Exception {
        ResidentLab lab = new ResidentLab(root);
        // A "library" on the class path whose fixture keeps a thread for the whole JVM, as a Redis client's event loop does.
        lab.temp.write("libs/src/demo/lib/Fixture.java", """
                package demo.lib;

                public final class Fixture {
                    public static void start() {
                        Thread loop = new Thread(Fixture::loop, "lab-test-library-loop");
                        loop.start();
                    }

                    private static void loop() {
                        while (!Boolean.getBoolean("lab.test.release")) {
                            try {
                                Thread.sleep(20);
                            } catch (InterruptedException e) {
                                // an event loop that outlives interrupts
                            }
                        }
                    }
                }
                """);
        Path libraryClasses = root.resolve("libs/classes");
        Files.createDirectories(libraryClasses);
        assertThat(javax.tools.ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", libraryClasses.toString(),
                root.resolve("libs/src/demo/lib/Fixture.java").toString())).isZero();
        lab.keepClasspath(libraryClasses);
        lab.temp.write(ResidentLab.RUNTIME, """
                package demo;

                public class Runtime {
                    public int run() {
                        demo.lib.Fixture.start();
                        return Answer.VALUE;
                    }
                }
                """);
        ResidentGrader grader = grader(lab, new FakeGrader());
        try {
            grader.grade("phase01-core", List.of("MiniRuntimeTest"));

            assertThat(grader.leftRunning()).isEmpty();
            assertThat(grader.libraryThreadsLeft()).as("run() was called three times").isEqualTo(3);
            assertThat(lab.temp.output()).doesNotContain("did not stop");
        } finally {
            System.setProperty("lab.test.release", "true");
            for (Thread t : threadsNamed("lab-test-library-loop")) {
                t.join(10_000);
            }
            System.clearProperty("lab.test.release");
        }
    }

    private static List<Thread> threadsNamed(String name) {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals(name)).toList();
    }

    @Test
    void a_changed_pom_grades_with_maven_and_says_so_in_one_line() throws Exception {
        ResidentLab lab = new ResidentLab(root).keepClasspath();
        lab.temp.write("phase01-core/pom.xml", "<project><!-- a new dependency --></project>\n");
        FakeGrader maven = new FakeGrader().then(() -> lab.temp.results(1, CheckStatus.FAILING));

        grader(lab, maven).grade("phase01-core", List.of("MiniRuntimeTest"));

        assertThat(maven.runs()).containsExactly(MINI);
        assertThat(lab.temp.output().lines().filter(l -> l.contains("Maven")).toList())
                .containsExactly("Grading with Maven this time: a pom.xml changed.");
        assertThat(mavenRuns).as("then the new class path is read").hasSize(1);
        assertThat(mavenRuns.get(0)).contains("dependency:build-classpath", "-pl", "phase01-core");
    }

    @Test
    void lab_grader_sources_newer_than_its_classes_grade_with_maven_which_compiles_them() throws Exception {
        ResidentLab lab = new ResidentLab(root);
        lab.temp.write("lab-grader/target/classes/dev/backendlab/grader/Old.class", "");
        lab.temp.write("lab-grader/src/main/java/dev/backendlab/grader/Changed.java", "class Changed {}\n");
        lab.temp.touch(root.resolve("lab-grader/target/classes/dev/backendlab/grader/Old.class"), java.time.Instant.parse("2024-01-01T00:00:00Z"));
        lab.temp.touch(root.resolve("lab-grader/target/classes/dev/backendlab/grader"), java.time.Instant.parse("2024-01-01T00:00:00Z"));
        lab.temp.touch(root.resolve("lab-grader/target/classes/dev/backendlab"), java.time.Instant.parse("2024-01-01T00:00:00Z"));
        lab.temp.touch(root.resolve("lab-grader/target/classes/dev"), java.time.Instant.parse("2024-01-01T00:00:00Z"));
        lab.temp.touch(root.resolve("lab-grader/target/classes"), java.time.Instant.parse("2024-01-01T00:00:00Z"));
        lab.keepClasspath(root.resolve("lab-grader/target/classes"));
        FakeGrader maven = new FakeGrader();

        grader(lab, maven).grade("phase01-core", List.of("MiniRuntimeTest"));

        assertThat(maven.runs()).containsExactly(MINI);
        assertThat(lab.temp.output()).contains("Grading with Maven this time: lab-grader's sources changed and Maven compiles those.");
    }

    @Test
    void without_a_kept_class_path_it_asks_maven_once_and_grades_here() throws Exception {
        ResidentLab lab = new ResidentLab(root);
        FakeGrader maven = new FakeGrader();
        ResidentGrader grader = new ResidentGrader(lab.root(), lab.temp.console(""), maven, args -> {
            mavenRuns.add(args);
            String outputFile = args.stream().filter(a -> a.startsWith("-Dmdep.outputFile=")).findFirst().orElseThrow()
                    .substring("-Dmdep.outputFile=".length());
            lab.temp.write(lab.root().relativize(Path.of(outputFile)).toString(), String.join(File.pathSeparator, ResidentLab.libraries()));
            return 0;
        });

        grader.grade("phase01-core", List.of("MiniRuntimeTest"));
        grader.grade("phase01-core", List.of("MiniRuntimeTest"));

        assertThat(mavenRuns).as("asked once, then kept").hasSize(1);
        assertThat(maven.runs()).as("graded here both times").isEmpty();
        assertThat(statuses(lab, "MiniRuntimeTest")).containsExactly(CheckStatus.NOT_STARTED, CheckStatus.NOT_STARTED);
        assertThat(lab.temp.output()).contains("Reading phase01-core's class path from Maven, once");
    }
}
