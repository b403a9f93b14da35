package dev.backendlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backendlab.grader.results.CheckStatus;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatusCommandTest {

    @TempDir
    Path root;

    @Test
    void before_any_grading_it_shows_every_phase_and_the_first_exercise_to_do() throws InterruptedException {
        TempLab lab = new TempLab(root);

        int exit = LabRun.of(lab, new FakeGrader(), "").run("status");

        assertThat(exit).isZero();
        assertThat(lab.output())
                .contains(" 1 Node.js Core Concepts", "phase01-core: not graded yet (./lab check <module> grades it)",
                        "16 Node Internals")
                .contains(" Next: ○ phase01-core, exercise 1 \"Mini runtime\": not graded yet")
                .contains("read: phase01-core/README.md#exercise-1-mini-runtime", "hint: ./lab hint phase01-core:1",
                        "grade it: ./lab check");
    }

    @Test
    void after_grading_it_shows_the_counts_and_the_next_exercise_with_its_first_failure() throws InterruptedException {
        TempLab lab = new TempLab(root);
        lab.results(1, CheckStatus.PASSED, CheckStatus.PASSED);
        lab.results(2, CheckStatus.PASSED, CheckStatus.NOT_STARTED, CheckStatus.FAILING);

        int exit = LabRun.of(lab, new FakeGrader(), "").run();

        assertThat(exit).isZero();
        assertThat(lab.output())
                .contains("3/5")
                .contains(" Next: ◐ phase01-core, exercise 2 \"Event loop\": in progress, 1 of 3 checks pass")
                .contains("✘ check_3() (failing)", "expected 3 but was 4")
                .doesNotContain("check_2()");
    }

    @Test
    void when_everything_passes_it_says_so() throws InterruptedException {
        TempLab lab = new TempLab(root);
        lab.results(1, CheckStatus.PASSED);
        lab.results(2, CheckStatus.PASSED);

        LabRun.of(lab, new FakeGrader(), "").run("status");

        assertThat(lab.output()).contains("Every exercise passes: well done!").doesNotContain("Next:");
    }

    @Test
    void it_takes_no_arguments() throws InterruptedException {
        TempLab lab = new TempLab(root);

        assertThat(LabRun.of(lab, new FakeGrader(), "").run("status", "phase01-core:1")).isEqualTo(2);
        assertThat(lab.output()).contains("./lab status takes no arguments; to see one exercise, ./lab check <exercise>.");
    }

}
