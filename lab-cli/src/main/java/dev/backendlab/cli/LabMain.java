package dev.backendlab.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Entry point of the {@code lab} and {@code lab.cmd} scripts, which pass the lab's root as {@code -Dlab.root}.
 *
 * <p>Which grader: {@code ./lab watch} runs for as long as the learner works, so it grades in its
 * own JVM ({@link ResidentGrader}); {@code ./lab check} is a new JVM each time, so it hands the
 * round to the daemon it started once ({@link DaemonClient}); with {@code CI=true} it grades in its
 * own JVM, once, and leaves nothing running. {@code -Dlab.grader=maven} (or
 * {@code LAB_GRADER=maven}) grades through the Maven wrapper instead, the reference way.
 */
public final class LabMain {

    /** How long the watch waits for a burst of saves to end before it grades. */
    private static final Duration DEBOUNCE = Duration.ofMillis(300);

    private LabMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        LabProject project = new LabProject(Path.of(System.getProperty("lab.root", ".")));
        Console console = Console.system();
        String command = args.length == 0 ? "status" : args[0];
        MavenGrader maven = new MavenGrader(project.root(), console);
        if (command.equals("stop")) {
            boolean stopped = new DaemonClient(project.root(), console, maven).stop();
            console.println(stopped ? "Stopped the resident grader." : "No resident grader was running.");
            System.exit(0);
        }
        String kind = System.getProperty("lab.grader", System.getenv().getOrDefault("LAB_GRADER", "resident"));
        // CI grades in this JVM too: a daemon would outlive the run it was started for.
        boolean inThisJvm = command.equals("watch") || "true".equals(System.getenv("CI"));
        Grader grader = kind.equals("maven") ? maven
                : inThisJvm ? new ResidentGrader(project.root(), console, maven)
                : new DaemonClient(project.root(), console, maven);
        Lab lab = new Lab(project, grader, console, SourceWatcher::start, DEBOUNCE);
        System.exit(lab.run(List.of(args)));
    }
}
