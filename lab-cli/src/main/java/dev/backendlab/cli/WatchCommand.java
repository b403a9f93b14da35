package dev.backendlab.cli;

import dev.backendlab.grader.readme.ExerciseSection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * {@code ./lab watch [exercise]}: grades the current exercise, then again each time a file under a
 * module's {@code src/main/java} is saved, and moves on to the next exercise when it passes.
 * Saves that come in a burst (save all, a formatter) are graded once: after a save, the watch
 * waits until no other came for {@link #debounce}. Without a file watcher, Enter re-grades.
 */
final class WatchCommand {

    /** What wakes the watch up. */
    private sealed interface Trigger {
    }

    private record Saved(Path file) implements Trigger {
    }

    private record Enter() implements Trigger {
    }

    private record Quit() implements Trigger {
    }

    private record EndOfInput() implements Trigger {
    }

    private final LabProject project;
    private final CheckCommand check;
    private final Console console;
    private final SourceWatcher.Factory watchers;
    private final Duration debounce;
    private final BlockingQueue<Trigger> triggers = new LinkedBlockingQueue<>();

    WatchCommand(LabProject project, CheckCommand check, Console console, SourceWatcher.Factory watchers, Duration debounce) {
        this.project = project;
        this.check = check;
        this.console = console;
        this.watchers = watchers;
        this.debounce = debounce;
    }

    int run(List<String> args) throws InterruptedException {
        boolean manual = args.contains("--manual");
        List<String> names = args.stream().filter(a -> !a.equals("--manual")).toList();
        if (names.size() > 1) {
            throw new UsageException("./lab watch takes one exercise to start with, for example ./lab watch phase01-core:2");
        }
        Optional<ExerciseSection> current = names.isEmpty()
                ? project.next() : Optional.of(ExerciseLookup.find(project.exercises(), names.get(0)));
        if (current.isEmpty()) {
            console.println("Every exercise passes: nothing to watch. Well done!");
            return 0;
        }
        startReadingInput();
        AutoCloseable watcher = manual ? null : startWatcher();
        try {
            boolean watching = watcher != null;
            console.println(watching
                    ? "Watching src/main/java of every module: save a file to grade again. Enter grades now, q and Enter quit."
                    : "Press Enter to grade again, q and Enter to quit.");
            while (current.isPresent()) {
                ExerciseSection exercise = current.get();
                if (check.grade(List.of(exercise))) {
                    current = project.next();
                    current.ifPresent(next -> console.println(console.style().bold("Moving on to "
                            + ExerciseReport.name(next) + ": ") + "read " + ExerciseReport.readmeLink(next)));
                    continue;
                }
                console.println(console.style().dim(watching
                        ? "Waiting for a save (Enter grades now, q quits) ..." : "Enter grades again, q quits ..."));
                if (!awaitNextGrade(watching)) {
                    console.println("Stopped watching.");
                    return 0;
                }
            }
        } finally {
            closeQuietly(watcher);
        }
        console.println("Every exercise of the lab passes: well done!");
        return 0;
    }

    private static void closeQuietly(AutoCloseable watcher) {
        if (watcher == null) {
            return;
        }
        try {
            watcher.close();
        } catch (Exception e) {
            // the watch is over either way; its thread is a daemon
        }
    }

    /** Waits for a save (then for the burst to end) or Enter; false when the learner quits. */
    private boolean awaitNextGrade(boolean watching) throws InterruptedException {
        while (true) {
            Trigger trigger = triggers.take();
            if (trigger instanceof Quit || (trigger instanceof EndOfInput && !watching)) {
                return false;
            }
            if (trigger instanceof Enter) {
                return true;
            }
            if (trigger instanceof Saved saved) {
                console.println(console.style().dim("Saved " + project.root().relativize(saved.file())));
                return settle();
            }
        }
    }

    /** Lets a burst of saves end; true to grade, false when q came in meanwhile. */
    private boolean settle() throws InterruptedException {
        Trigger more;
        while ((more = triggers.poll(debounce.toMillis(), TimeUnit.MILLISECONDS)) != null) {
            if (more instanceof Quit) {
                return false;
            }
        }
        return true;
    }

    private AutoCloseable startWatcher() {
        List<Path> roots = project.modules().stream()
                .map(module -> project.root().resolve(module).resolve("src/main/java"))
                .filter(Files::isDirectory)
                .toList();
        try {
            return watchers.start(roots, file -> triggers.add(new Saved(file)));
        } catch (IOException | RuntimeException e) {
            console.println(console.style().red("File watching is not available here (" + e.getMessage() + ")."));
            console.println("Falling back to grading on Enter; ./lab watch --manual starts this way.");
            return null;
        }
    }

    /** Enter and q come from a thread of their own, so saves and keys wake the same loop. */
    private void startReadingInput() {
        Thread reader = new Thread(() -> {
            Optional<String> line;
            while ((line = console.readLine()).isPresent()) {
                triggers.add(line.get().strip().equalsIgnoreCase("q") ? new Quit() : new Enter());
            }
            triggers.add(new EndOfInput());
        }, "lab-watch-input");
        reader.setDaemon(true);
        reader.start();
    }
}
