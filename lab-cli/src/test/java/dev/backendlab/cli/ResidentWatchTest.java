package dev.backendlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backendlab.grader.report.ProgressStatus;
import java.io.PipedReader;
import java.io.PipedWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./lab watch} with the resident grader it uses, on a lab that really compiles, and a simulated save. */
// Rounds compile and start JUnit: more than the lab's 10 s default per check on a busy machine.
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ResidentWatchTest {

    @TempDir
    Path root;

    /** Counts finished rounds, so the test waits for them instead of for time. */
    private static final class Rounds implements Grader {
        private final Grader grader;
        private final Semaphore finished = new Semaphore(0);

        Rounds(Grader grader) {
            this.grader = grader;
        }

        @Override
        public int grade(String module, List<String> testClasses) throws InterruptedException {
            try {
                return grader.grade(module, testClasses);
            } finally {
                finished.release();
            }
        }

        boolean await(int count) throws InterruptedException {
            return finished.tryAcquire(count, 60, TimeUnit.SECONDS);
        }
    }

    @Test
    void a_save_is_graded_in_the_watch_jvm_and_a_compile_error_then_a_pass_moves_on() throws Exception {
        ResidentLab lab = new ResidentLab(root).keepClasspath();
        PipedWriter keys = new PipedWriter();
        Console console = lab.temp.console(new PipedReader(keys));
        FakeGrader maven = new FakeGrader();
        Rounds rounds = new Rounds(new ResidentGrader(root, console, maven, args -> 1));
        AtomicReference<Consumer<Path>> saves = new AtomicReference<>();
        SourceWatcher.Factory simulated = (roots, onSave) -> {
            saves.set(onSave);
            return () -> { };
        };
        Lab watch = new Lab(lab.temp.project(), rounds, console, simulated, java.time.Duration.ofMillis(10));
        Path runtime = root.resolve(ResidentLab.RUNTIME);

        CompletableFuture<Integer> running = CompletableFuture.supplyAsync(() -> {
            try {
                return watch.run(List.of("watch"));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(rounds.await(1)).as("the stub is graded when the watch starts").isTrue();
        assertThat(lab.temp.project().statusOf(lab.temp.project().exercises().get(0))).isEqualTo(ProgressStatus.NOT_STARTED);

        lab.temp.write(ResidentLab.RUNTIME, ResidentLab.RUNTIME_BROKEN);
        saves.get().accept(runtime);
        assertThat(rounds.await(1)).as("a save grades again").isTrue();

        lab.temp.write(ResidentLab.RUNTIME, ResidentLab.RUNTIME_SOLVED);
        saves.get().accept(runtime);
        assertThat(rounds.await(2)).as("the fix passes, and the watch moves on to exercise 2").isTrue();
        keys.write("q\n");
        keys.flush();

        assertThat(running.get(30, TimeUnit.SECONDS)).isZero();
        keys.close(); // the input thread ends on end of input, not on a broken pipe
        assertThat(maven.runs()).as("every round graded in the watch's JVM").isEmpty();
        assertThat(lab.temp.project().statusOf(lab.temp.project().exercises().get(0))).isEqualTo(ProgressStatus.DONE);
        assertThat(lab.temp.output())
                .contains("Runtime.java:5: error: ';' expected")
                .contains("exercise 1 \"Mini runtime\": did not compile: fix the error above, then save again")
                .contains("2/2  done")
                .contains("Moving on to phase01-core, exercise 2 \"Event loop\"")
                .contains("Stopped watching.");
    }
}
