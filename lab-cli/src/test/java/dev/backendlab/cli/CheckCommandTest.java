package dev.backendlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backendlab.grader.results.CheckStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

    @TempDir
    Path root;

    @Test
    void without_an_argument_it_grades_the_next_exercise_that_does_not_pass() throws InterruptedException {
        TempLab lab = new TempLab(root);
        lab.results(1, CheckStatus.PASSED);
        lab.results(2, CheckStatus.NOT_STARTED);
        FakeGrader grader = new FakeGrader().then(() -> lab.results(2, CheckStatus.PASSED, CheckStatus.FAILING));

        int exit = LabRun.of(lab, grader, "").run("check");

        assertThat(grader.runs()).containsExactly("phase01-core EventLoopTest");
        assertThat(exit).as("exit code while a check fails").isEqualTo(1);
        assertThat(lab.output())
                .contains("Grading phase01-core, exercise 2 \"Event loop\" ...")
                .contains("◐ phase01-core, exercise 2 \"Event loop\": in progress, 1 of 2 checks pass")
                .contains("✘ check_2() (failing)", "expected 3 but was 4", "hint: ./lab hint phase01-core:2");
    }

    @Test
    void a_passing_exercise_exits_0_and_names_the_next_one() throws InterruptedException {
        TempLab lab = new TempLab(root);
        FakeGrader grader = new FakeGrader().then(() -> lab.results(1, CheckStatus.PASSED, CheckStatus.PASSED));

        int exit = LabRun.of(lab, grader, "").run("check", "MiniRuntime");

        assertThat(exit).isZero();
        assertThat(grader.runs()).containsExactly("phase01-core MiniRuntimeTest");
        assertThat(lab.output())
                .contains("✔ phase01-core, exercise 1 \"Mini runtime\": done, 2 of 2 checks pass")
                .contains("Next: phase01-core, exercise 2 \"Event loop\"  (./lab check, or ./lab watch)");
    }

    @Test
    void a_module_is_graded_exercise_by_exercise_in_one_build() throws InterruptedException {
        TempLab lab = new TempLab(root);
        FakeGrader grader = new FakeGrader().then(() -> {
            lab.results(1, CheckStatus.PASSED);
            lab.results(2, CheckStatus.NOT_STARTED);
        });

        int exit = LabRun.of(lab, grader, "").run("check", "phase01");

        assertThat(exit).isEqualTo(1);
        assertThat(grader.runs()).containsExactly("phase01-core MiniRuntimeTest,EventLoopTest");
        assertThat(lab.output())
                .contains("Grading phase01-core (2 exercises) ...")
                .contains("✔ phase01-core, exercise 1 \"Mini runtime\": done, 1 of 1 checks pass")
                .contains("○ phase01-core, exercise 2 \"Event loop\": not started, 0 of 1 checks pass");
    }

    @Test
    void a_build_that_fails_before_the_tests_is_reported_as_not_graded_not_as_old_results() throws InterruptedException {
        TempLab lab = new TempLab(root);
        lab.results(1, CheckStatus.PASSED);
        lab.touch(lab.resultsFile(1), java.time.Instant.parse("2026-01-01T00:00:00Z"));
        FakeGrader grader = new FakeGrader().exitCode(1);

        int exit = LabRun.of(lab, grader, "").run("check", "phase01-core:1");

        assertThat(exit).isEqualTo(1);
        assertThat(lab.output()).contains("! phase01-core, exercise 1 \"Mini runtime\" was not graded: the build failed"
                + " before its tests ran (a compile error? see above)");
    }

    @Test
    void grading_refreshes_the_progress_files_under_target() throws InterruptedException {
        TempLab lab = new TempLab(root);
        FakeGrader grader = new FakeGrader().then(() -> lab.results(1, CheckStatus.PASSED));

        LabRun.of(lab, grader, "").run("check");

        assertThat(root.resolve("target/lab-progress.json")).exists();
        assertThat(lab.read("target/lab-progress.md")).contains("Node.js Core Concepts");
        assertThat(Files.exists(root.resolve("target/lab-progress-solution.json"))).isFalse();
    }

    @Test
    void an_unknown_exercise_is_a_usage_error_that_shows_how_to_name_one() throws InterruptedException {
        TempLab lab = new TempLab(root);
        FakeGrader grader = new FakeGrader();

        int exit = LabRun.of(lab, grader, "").run("check", "event-loooop");

        assertThat(exit).isEqualTo(2);
        assertThat(grader.runs()).isEmpty();
        assertThat(lab.output()).contains("No exercise is called \"event-loooop\". Name one by its id, test class or"
                + " title, for example phase01-core:1, MiniRuntimeTest or \"Mini runtime\"; ./lab list shows them all.");
    }
}
