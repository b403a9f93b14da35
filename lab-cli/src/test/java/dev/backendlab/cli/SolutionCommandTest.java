package dev.backendlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backendlab.grader.results.CheckStatus;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SolutionCommandTest {

    private static final Instant EDITED = Instant.parse("2026-11-01T10:00:00Z");
    private static final Instant GRADED = Instant.parse("2026-11-01T10:05:00Z");

    @TempDir
    Path root;

    @Test
    void before_the_learner_passes_it_refuses_kindly_offers_a_hint_and_shows_no_solution() throws InterruptedException {
        TempLab lab = new TempLab(root);
        lab.results(1, CheckStatus.PASSED, CheckStatus.FAILING);
        gradedAfterTheLastEdit(lab);
        FakeGrader grader = new FakeGrader();

        int exit = LabRun.of(lab, grader, "").run("solution", "phase01-core:1");

        assertThat(exit).isEqualTo(1);
        assertThat(grader.runs()).as("results newer than the code are trusted").isEmpty();
        assertThat(lab.output())
                .contains("Not yet: your solution of phase01-core, exercise 1 \"Mini runtime\" passes 1 of 2 checks.")
                .contains("A nudge instead? ./lab hint phase01-core:1 (3 of 3 hints not seen yet)")
                .doesNotContain("the reference way");
    }

    @Test
    void once_the_learner_passes_it_shows_each_reference_file() throws InterruptedException {
        TempLab lab = new TempLab(root);
        lab.results(1, CheckStatus.PASSED, CheckStatus.PASSED);
        gradedAfterTheLastEdit(lab);

        int exit = LabRun.of(lab, new FakeGrader(), "").run("solution", "MiniRuntimeTest");

        assertThat(exit).isZero();
        assertThat(lab.output())
                .contains("=== phase01-core/src/solution/java/demo/Runtime.java")
                .contains(TempLab.RUNTIME_SOLUTION);
    }

    @Test
    void results_older_than_the_code_are_not_trusted_the_exercise_is_graded_first() throws InterruptedException {
        TempLab lab = new TempLab(root);
        lab.results(1, CheckStatus.PASSED, CheckStatus.PASSED);
        lab.touch(lab.resultsFile(1), EDITED.minusSeconds(60));
        lab.touch(lab.module.resolve("src/main/java/demo/Runtime.java"), EDITED);
        FakeGrader grader = new FakeGrader().then(() -> lab.results(1, CheckStatus.PASSED, CheckStatus.BROKEN));

        int exit = LabRun.of(lab, grader, "").run("solution", "phase01-core:1");

        assertThat(grader.runs()).containsExactly("phase01-core MiniRuntimeTest");
        assertThat(exit).isEqualTo(1);
        assertThat(lab.output())
                .contains("Your code changed since it was last graded, so it is graded first.")
                .contains("passes 1 of 2 checks")
                .doesNotContain("the reference way");
    }

    @Test
    void code_that_cannot_be_graded_keeps_the_solution_closed_even_after_an_earlier_pass() throws InterruptedException {
        TempLab lab = new TempLab(root);
        lab.results(1, CheckStatus.PASSED, CheckStatus.PASSED);
        lab.touch(lab.resultsFile(1), EDITED.minusSeconds(60));
        lab.touch(lab.module.resolve("src/main/java/demo/Runtime.java"), EDITED);
        FakeGrader compileError = new FakeGrader().exitCode(1);

        int exit = LabRun.of(lab, compileError, "").run("solution", "phase01-core:1");

        assertThat(exit).isEqualTo(1);
        assertThat(lab.output())
                .contains("Your code could not be graded (see above), so the reference solution stays closed.")
                .doesNotContain("the reference way");
    }

    private static void gradedAfterTheLastEdit(TempLab lab) {
        lab.touch(lab.module.resolve("src/main/java/demo/Runtime.java"), EDITED);
        lab.touch(lab.resultsFile(1), GRADED);
    }
}
