package dev.backendlab.cli;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * A {@link TempLab} whose module really compiles and grades: Java stubs that throw
 * NotImplementedYetException, a given class, and grading tests with {@code @Exercise}, and a kept
 * class path (this test JVM's libraries and lab-grader), so no round needs Maven.
 */
final class ResidentLab {

    static final String RUNTIME = "phase01-core/src/main/java/demo/Runtime.java";
    static final String RUNTIME_STUB = """
            package demo;

            import dev.backendlab.grader.NotImplementedYetException;

            public class Runtime {
                public int run() {
                    throw new NotImplementedYetException("run", "Exercise 1: Mini runtime");
                }
            }
            """;
    static final String RUNTIME_SOLVED = """
            package demo;

            public class Runtime {
                public int run() {
                    return Answer.VALUE;
                }
            }
            """;
    static final String RUNTIME_BROKEN = """
            package demo;

            public class Runtime {
                public int run() {
                    return Answer.VALUE
                }
            }
            """;

    final TempLab temp;

    ResidentLab(Path root) {
        temp = new TempLab(root);
        temp.write(RUNTIME, RUNTIME_STUB);
        temp.write("phase01-core/src/main/java/demo/Loop.java", """
                package demo;

                import dev.backendlab.grader.NotImplementedYetException;

                public class Loop {
                    public void run() {
                        throw new NotImplementedYetException("loop", "Exercise 2: Event loop");
                    }
                }
                """);
        temp.write("phase01-core/src/main/java/demo/Timers.java", """
                package demo;

                public class Timers {
                }
                """);
        temp.write("phase01-core/src/given/java/demo/Answer.java", """
                package demo;

                /** Given code: compiled with the learner's in both modes. */
                public final class Answer {
                    public static final int VALUE = 42;

                    private Answer() {
                    }
                }
                """);
        temp.write("phase01-core/src/test/java/demo/MiniRuntimeTest.java", """
                package demo;

                import static org.junit.jupiter.api.Assertions.assertEquals;

                import dev.backendlab.grader.Exercise;
                import org.junit.jupiter.api.Test;

                @Exercise(order = 1, title = "Mini runtime", topics = {"Event Loop"})
                class MiniRuntimeTest {
                    @Test
                    void run_returns_the_answer() {
                        assertEquals(42, new Runtime().run());
                    }

                    @Test
                    void run_returns_it_twice() {
                        assertEquals(new Runtime().run(), new Runtime().run());
                    }
                }
                """);
        temp.write("phase01-core/src/test/java/demo/EventLoopTest.java", """
                package demo;

                import dev.backendlab.grader.Exercise;
                import org.junit.jupiter.api.Test;

                @Exercise(order = 2, title = "Event loop", topics = {"Event Loop"})
                class EventLoopTest {
                    @Test
                    void loop_runs() {
                        new Loop().run();
                    }
                }
                """);
        temp.write("phase01-core/src/test/resources/demo/expected.txt", "42\n");
    }

    /** Keeps this JVM's class path (libraries, lab-grader) as the module's, as Maven would have given it. */
    ResidentLab keepClasspath(Path... more) {
        ModuleClasspath classpaths = new ModuleClasspath(temp.root);
        List<String> entries = new java.util.ArrayList<>(libraries());
        Arrays.stream(more).map(Path::toString).forEach(entries::add);
        temp.write(root().relativize(classpaths.file("phase01-core")).toString(),
                "# poms " + classpaths.pomHash() + "\n" + String.join(File.pathSeparator, entries) + "\n");
        return this;
    }

    /** The test JVM's class path without lab-cli's own classes: what a phase module's test class path holds. */
    static List<String> libraries() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !Path.of(entry).toAbsolutePath().normalize().startsWith(ownModule()))
                .filter(entry -> Files.exists(Path.of(entry)))
                .toList();
    }

    private static Path ownModule() {
        return Path.of("").toAbsolutePath().normalize().resolve("target");
    }

    Path root() {
        return temp.root;
    }
}
