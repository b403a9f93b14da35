package dev.backendlab.cli;

import dev.backendlab.grader.report.Style;
import dev.backendlab.grader.results.CheckResult;
import dev.backendlab.grader.results.CheckStatus;
import dev.backendlab.grader.results.ExerciseResult;
import dev.backendlab.grader.results.ResultsStore;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A lab of one module on disk, as the tool sees a real clone: phase01-core with a README of two
 * exercises, their stubs and reference solutions, and results written as the grader writes them.
 */
final class TempLab {

    static final String RUNTIME_STUB = "class Runtime { void run() { throw new NotImplementedYetException(\"run\", \"Exercise 1: Mini runtime\"); } }\n";
    static final String RUNTIME_SOLUTION = "class Runtime { void run() { /* the reference way */ } }\n";
    static final String LOOP_STUB = "class Loop { void run() { throw new NotImplementedYetException(\"loop\", \"Exercise 2: Event loop\"); } }\n";
    static final String TIMERS_STUB = "class Timers { void add() { throw new NotImplementedYetException(\"add\", \"Exercise 2: Event loop\"); } }\n";

    private static final String README = """
            # Phase 1

            ## Exercise 1: Mini runtime

            **Steps** in [`Runtime`](src/main/java/demo/Runtime.java).

            **Hints** (gentlest first).
            - Start with the smallest loop
              that could work.
            - Timers go in a priority queue.
            - Run main first, then timers by deadline.

            ```
            ./mvnw test -pl phase01-core -am -Dtest=MiniRuntimeTest
            ```

            ## Exercise 2: Event loop

            **Files.** [`Loop`](src/main/java/demo/Loop.java), [`Timers`](src/main/java/demo/Timers.java)

            **Hints** (gentlest first).
            - Phases run in a fixed order.
            - Drain nextTicks before microtasks.

            ```
            ./mvnw test -pl phase01-core -am -Dtest=EventLoopTest
            ```
            """;

    final Path root;
    final Path module;
    private final ByteArrayOutputStream output = new ByteArrayOutputStream();

    TempLab(Path root) {
        this.root = root;
        this.module = root.resolve("phase01-core");
        write("phase01-core/README.md", README);
        write("phase01-core/src/main/java/demo/Runtime.java", RUNTIME_STUB);
        write("phase01-core/src/main/java/demo/Loop.java", LOOP_STUB);
        write("phase01-core/src/main/java/demo/Timers.java", TIMERS_STUB);
        write("phase01-core/src/test/java/demo/MiniRuntimeTest.java", "class MiniRuntimeTest {}\n");
        write("phase01-core/src/solution/java/demo/Runtime.java", RUNTIME_SOLUTION);
        write("phase01-core/src/solution/java/demo/Loop.java", "class Loop { /* solved */ }\n");
        write("phase01-core/src/solution/java/demo/Timers.java", "class Timers { /* solved */ }\n");
    }

    LabProject project() {
        return new LabProject(root);
    }

    /** Writes the learner's results of exercise 1 or 2 as a grading run does: one check per status. */
    void results(int order, CheckStatus... statuses) {
        String testClass = order == 1 ? "demo.MiniRuntimeTest" : "demo.EventLoopTest";
        String title = order == 1 ? "Mini runtime" : "Event loop";
        List<CheckResult> checks = new ArrayList<>();
        for (int i = 0; i < statuses.length; i++) {
            String message = statuses[i] == CheckStatus.PASSED ? null
                    : statuses[i] == CheckStatus.NOT_STARTED ? "not implemented yet: run" : "expected 3 but was 4";
            checks.add(new CheckResult("check_" + (i + 1) + "()", statuses[i], message));
        }
        ResultsStore.ofModule(module).write(new ExerciseResult("phase01-core", order, title, List.of("Event Loop"), testClass, checks));
    }

    void write(String relative, String content) {
        try {
            Path file = root.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sets a file's modification time, so "newer than" never depends on the file system's clock. */
    void touch(Path file, java.time.Instant time) {
        try {
            Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.from(time));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path resultsFile(int order) {
        return ResultsStore.ofModule(module).fileOf(order == 1 ? "demo.MiniRuntimeTest" : "demo.EventLoopTest");
    }

    String read(String relative) {
        try {
            return Files.readString(root.resolve(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A console that reads the given input and records everything printed, without colour. */
    Console console(String input) {
        return console(new StringReader(input));
    }

    Console console(Reader input) {
        return new Console(new PrintStream(output, true, StandardCharsets.UTF_8), new BufferedReader(input), Style.UNICODE);
    }

    String output() {
        return output.toString(StandardCharsets.UTF_8);
    }
}
