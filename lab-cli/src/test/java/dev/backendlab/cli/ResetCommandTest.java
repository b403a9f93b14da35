package dev.backendlab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResetCommandTest {

    private static final String LOOP = "phase01-core/src/main/java/demo/Loop.java";
    private static final String SOLVED = "class Loop { void run() { /* the learner's loop */ } }\n";

    @TempDir
    Path root;

    private TempLab lab;

    @BeforeEach
    void a_clone_of_the_lab() throws Exception {
        lab = new TempLab(root);
        assumeThat(git("init", "-q")).as("git is needed for ./lab reset").isZero();
        git("add", "-A");
        git("commit", "-q", "-m", "The lab");
    }

    @Test
    void it_asks_first_and_a_no_changes_nothing() throws InterruptedException {
        lab.write(LOOP, SOLVED);

        int exit = LabRun.of(lab, new FakeGrader(), "n\n").run("reset", "phase01-core:2");

        assertThat(exit).isEqualTo(1);
        assertThat(lab.read(LOOP)).isEqualTo(SOLVED);
        assertThat(lab.output())
                .contains("This puts back the stub of phase01-core, exercise 2 \"Event loop\" in:",
                        "  " + Path.of(LOOP), "Your changes in these files will be lost. Reset? [y/N]", "Nothing was changed.")
                .doesNotContain("Timers.java");
    }

    @Test
    void no_answer_at_all_is_a_no() throws InterruptedException {
        lab.write(LOOP, SOLVED);

        assertThat(LabRun.of(lab, new FakeGrader(), "").run("reset", "phase01-core:2")).isEqualTo(1);
        assertThat(lab.read(LOOP)).isEqualTo(SOLVED);
    }

    @Test
    void a_yes_puts_back_the_stub_as_git_has_it() throws InterruptedException {
        lab.write(LOOP, SOLVED);

        int exit = LabRun.of(lab, new FakeGrader(), "y\n").run("reset", "event-loop");

        assertThat(exit).isZero();
        assertThat(lab.read(LOOP)).isEqualTo(TempLab.LOOP_STUB);
        assertThat(lab.read("phase01-core/src/main/java/demo/Timers.java")).isEqualTo(TempLab.TIMERS_STUB);
        assertThat(lab.output()).contains("Reset. Grade it with ./lab check phase01-core:2");
    }

    @Test
    void work_the_learner_committed_is_reset_to_the_stub_from_history() throws Exception {
        lab.write(LOOP, SOLVED);
        git("commit", "-q", "-am", "My event loop");

        int exit = LabRun.of(lab, new FakeGrader(), "").run("reset", "phase01-core:2", "--yes");

        assertThat(exit).isZero();
        assertThat(lab.read(LOOP)).isEqualTo(TempLab.LOOP_STUB);
    }

    @Test
    void untouched_stubs_need_no_reset() throws InterruptedException {
        int exit = LabRun.of(lab, new FakeGrader(), "").run("reset", "phase01-core:2");

        assertThat(exit).isZero();
        assertThat(lab.output()).contains("The files of phase01-core, exercise 2 \"Event loop\" are already the stub: nothing to reset.");
    }

    @Test
    void reset_needs_an_exercise() throws InterruptedException {
        assertThat(LabRun.of(lab, new FakeGrader(), "").run("reset")).isEqualTo(2);
        assertThat(lab.output()).contains("./lab reset takes the exercise to start over, for example ./lab reset phase01-core:2");
    }

    private int git(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=Learner", "-c", "user.email=learner@example.org",
                "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main"));
        command.addAll(List.of(args));
        Process process;
        try {
            process = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true).start();
        } catch (IOException e) {
            return -1; // no git on this machine
        }
        process.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("git " + String.join(" ", args) + " finished").isTrue();
        return process.exitValue();
    }
}
