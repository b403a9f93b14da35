package dev.backendlab.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Grades through the Maven wrapper, exactly as a learner would by hand, and shows the command so
 * they can: {@code ./mvnw test -pl phase01-core -am -Dtest=EventLoopTest}. Naming the test classes
 * also keeps the support modules {@code -am} builds from running their own tests.
 */
public final class MavenGrader implements Grader {

    private final Path root;
    private final Console console;

    public MavenGrader(Path root, Console console) {
        this.root = root;
        this.console = console;
    }

    @Override
    public int grade(String module, List<String> testClasses) throws InterruptedException {
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        List<String> command = new ArrayList<>(List.of(
                root.resolve(windows ? "mvnw.cmd" : "mvnw").toString(),
                "test", "-pl", module, "-am", "-Dtest=" + String.join(",", testClasses)));
        console.println(console.style().dim("$ " + (windows ? "mvnw.cmd" : "./mvnw") + " "
                + String.join(" ", command.subList(1, command.size()))));
        try {
            return new ProcessBuilder(command).directory(root.toFile()).inheritIO().start().waitFor();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the Maven wrapper in " + root, e);
        }
    }
}
