package dev.backendlab.cli;

import java.io.IOException;
import java.io.InputStream;
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
    private final boolean inheritIo;

    /** Maven writes straight to this process's terminal. */
    public MavenGrader(Path root, Console console) {
        this(root, console, true);
    }

    /**
     * @param inheritIo false to copy Maven's output into the console instead (the resident
     *                  grader's daemon, whose console is a socket to {@code ./lab check})
     */
    public MavenGrader(Path root, Console console, boolean inheritIo) {
        this.root = root;
        this.console = console;
        this.inheritIo = inheritIo;
    }

    @Override
    public int grade(String module, List<String> testClasses) throws InterruptedException {
        List<String> args = List.of("test", "-pl", module, "-am", "-Dtest=" + String.join(",", testClasses));
        console.println(console.style().dim("$ " + (windows() ? "mvnw.cmd" : "./mvnw") + " " + String.join(" ", args)));
        return run(args);
    }

    /** Runs the wrapper with these arguments from the lab's root; its exit code. */
    int run(List<String> args) throws InterruptedException {
        List<String> command = new ArrayList<>(List.of(root.resolve(windows() ? "mvnw.cmd" : "mvnw").toString()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile());
        if (inheritIo) {
            builder.inheritIO();
        } else {
            builder.redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.PIPE);
        }
        try {
            Process process = builder.start();
            if (!inheritIo) {
                process.getOutputStream().close();
                copy(process.getInputStream());
            }
            return process.waitFor();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the Maven wrapper in " + root, e);
        }
    }

    private void copy(InputStream from) throws IOException {
        byte[] buffer = new byte[8192];
        int read;
        while ((read = from.read(buffer)) >= 0) {
            console.out().write(buffer, 0, read);
            console.out().flush();
        }
    }

    private static boolean windows() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
    }
}
