package dev.backendlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backendlab.grader.results.CheckStatus;
import java.io.IOException;
import java.io.PipedReader;
import java.io.PipedWriter;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WatchCommandTest {

    private static final String MINI = "phase01-core MiniRuntimeTest";
    private static final String LOOP = "phase01-core EventLoopTest";

    @TempDir
    Path root;

    @Test
    void a_saved_file_grades_again_and_a_pass_moves_on_to_the_next_exercise() throws Exception {
        TempLab lab = new TempLab(root);
        FakeGrader grader = new FakeGrader()
                .then(() -> lab.results(1, CheckStatus.FAILING))
                .then(() -> lab.results(1, CheckStatus.PASSED))
                .then(() -> lab.results(2, CheckStatus.NOT_STARTED));
        PipedWriter keys = new PipedWriter();
        LabRun run = LabRun.of(lab, grader, new PipedReader(keys), SourceWatcher::start, Duration.ofMillis(200));

        CompletableFuture<Integer> watch = CompletableFuture.supplyAsync(() -> runQuietly(run, "watch"));
        assertThat(grader.awaitRuns(1)).as("the watch grades the current exercise when it starts").isTrue();
        lab.write("phase01-core/src/main/java/demo/Runtime.java", "class Runtime { /* saved */ }\n");
        assertThat(grader.awaitRuns(2)).as("a save grades again; a pass moves on and grades the next").isTrue();
        keys.write("q\n");
        keys.flush();

        assertThat(watch.get(10, TimeUnit.SECONDS)).isZero();
        // A slow file system may report the save twice: only the exercise being worked on is graded again.
        assertThat(grader.runs()).startsWith(MINI, MINI, LOOP);
        assertThat(grader.runs().subList(3, grader.runs().size())).allSatisfy(again -> assertThat(again).isEqualTo(LOOP));
        assertThat(lab.output())
                .contains("Watching src/main/java of every module: save a file to grade again.")
                .contains("Saved " + Path.of("phase01-core/src/main/java/demo/Runtime.java"))
                .contains("Moving on to phase01-core, exercise 2 \"Event loop\": read phase01-core/README.md#exercise-2-event-loop")
                .contains("Stopped watching.");
    }

    @Test
    void saves_that_come_in_a_burst_are_graded_once() throws Exception {
        TempLab lab = new TempLab(root);
        FakeGrader grader = new FakeGrader().then(() -> lab.results(1, CheckStatus.FAILING));
        Path saved = lab.module.resolve("src/main/java/demo/Runtime.java");
        SourceWatcher.Factory fiveSaves = (roots, onSave) -> {
            for (int i = 0; i < 5; i++) {
                onSave.accept(saved);
            }
            return () -> { };
        };
        PipedWriter keys = new PipedWriter();
        LabRun run = LabRun.of(lab, grader, new PipedReader(keys), fiveSaves);

        CompletableFuture<Integer> watch = CompletableFuture.supplyAsync(() -> runQuietly(run, "watch"));
        assertThat(grader.awaitRuns(2)).as("the first grade, then one for the burst").isTrue();
        keys.write("q\n");
        keys.flush();

        assertThat(watch.get(10, TimeUnit.SECONDS)).isZero();
        assertThat(grader.runs()).containsExactly(MINI, MINI);
    }

    @Test
    void without_a_file_watcher_it_says_so_and_enter_grades_again() throws Exception {
        TempLab lab = new TempLab(root);
        FakeGrader grader = new FakeGrader().then(() -> lab.results(1, CheckStatus.FAILING));
        SourceWatcher.Factory unavailable = (roots, onSave) -> {
            throw new IOException("User limit of inotify instances reached");
        };

        int exit = LabRun.of(lab, grader, new StringReader("\nq\n"), unavailable).run("watch");

        assertThat(exit).isZero();
        assertThat(grader.runs()).containsExactly(MINI, MINI);
        assertThat(lab.output())
                .contains("File watching is not available here (User limit of inotify instances reached).")
                .contains("Falling back to grading on Enter; ./lab watch --manual starts this way.")
                .contains("Stopped watching.");
    }

    @Test
    void in_manual_mode_the_end_of_the_input_ends_the_watch() throws Exception {
        TempLab lab = new TempLab(root);
        FakeGrader grader = new FakeGrader().then(() -> lab.results(2, CheckStatus.FAILING));
        SourceWatcher.Factory mustNotStart = (roots, onSave) -> {
            throw new AssertionError("--manual must not start a file watcher");
        };

        int exit = LabRun.of(lab, grader, new StringReader(""), mustNotStart).run("watch", "--manual", "event-loop");

        assertThat(exit).isZero();
        assertThat(grader.runs()).containsExactly(LOOP);
        assertThat(lab.output()).contains("Press Enter to grade again, q and Enter to quit.");
    }

    @Test
    void when_every_exercise_passes_there_is_nothing_to_watch() throws Exception {
        TempLab lab = new TempLab(root);
        lab.results(1, CheckStatus.PASSED);
        lab.results(2, CheckStatus.PASSED);
        FakeGrader grader = new FakeGrader();

        assertThat(LabRun.of(lab, grader, "").run("watch")).isZero();
        assertThat(grader.runs()).isEmpty();
        assertThat(lab.output()).contains("Every exercise passes: nothing to watch. Well done!");
    }

    private static int runQuietly(LabRun run, String... args) {
        try {
            return run.run(args);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
