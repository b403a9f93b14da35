package dev.backendlab.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** Entry point of the {@code lab} and {@code lab.cmd} scripts, which pass the lab's root as {@code -Dlab.root}. */
public final class LabMain {

    /** How long the watch waits for a burst of saves to end before it grades. */
    private static final Duration DEBOUNCE = Duration.ofMillis(300);

    private LabMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        LabProject project = new LabProject(Path.of(System.getProperty("lab.root", ".")));
        Console console = Console.system();
        Lab lab = new Lab(project, new MavenGrader(project.root(), console), console, SourceWatcher::start, DEBOUNCE);
        System.exit(lab.run(List.of(args)));
    }
}
