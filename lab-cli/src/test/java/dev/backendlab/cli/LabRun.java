package dev.backendlab.cli;

import java.io.Reader;
import java.io.StringReader;
import java.time.Duration;
import java.util.List;

/** Runs the tool as {@code ./lab <args>} would, on a TempLab, with a stand-in grader and watcher. */
record LabRun(Lab lab) {

    static LabRun of(TempLab temp, Grader grader, String input) {
        return of(temp, grader, new StringReader(input), SourceWatcher::start);
    }

    static LabRun of(TempLab temp, Grader grader, Reader input, SourceWatcher.Factory watchers) {
        return of(temp, grader, input, watchers, Duration.ofMillis(50));
    }

    static LabRun of(TempLab temp, Grader grader, Reader input, SourceWatcher.Factory watchers, Duration debounce) {
        return new LabRun(new Lab(temp.project(), grader, temp.console(input), watchers, debounce));
    }

    int run(String... args) throws InterruptedException {
        return lab.run(List.of(args));
    }
}
