package dev.backendlab.grader.listener;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.backendlab.grader.listener.fixtures.ClassificationFixture;
import dev.backendlab.grader.listener.fixtures.SetupFailureFixture;
import dev.backendlab.grader.results.CheckResult;
import dev.backendlab.grader.results.CheckStatus;
import dev.backendlab.grader.results.ExerciseResult;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GradingListenerTest {

    @TempDir
    Path results;

    @Test
    void classifies_every_way_a_check_can_end_and_goes_on_after_an_infinite_loop() {
        List<ExerciseResult> exercises = FixtureRun.run(results, ClassificationFixture.class);

        assertThat(exercises).singleElement().satisfies(e -> {
            assertThat(e.module()).isEqualTo("phase01-core");
            assertThat(e.order()).isEqualTo(1);
            assertThat(e.title()).isEqualTo("Every outcome");
            assertThat(e.topics()).containsExactly("Event Loop");
            assertThat(e.testClass()).isEqualTo(ClassificationFixture.class.getName());
        });
        assertThat(exercises.get(0).checks()).extracting(CheckResult::name, CheckResult::status).containsExactly(
                tuple("a_passes()", CheckStatus.PASSED),
                tuple("b_calls_a_stub()", CheckStatus.NOT_STARTED),
                tuple("c_reaches_a_stub_in_another_thread()", CheckStatus.NOT_STARTED),
                tuple("d_fails_an_assertion()", CheckStatus.FAILING),
                tuple("e_crashes()", CheckStatus.BROKEN),
                tuple("f_loops_forever()", CheckStatus.TIMED_OUT),
                tuple("g_passes_after_the_loop()", CheckStatus.PASSED),
                tuple("h_is_disabled()", CheckStatus.SKIPPED),
                tuple("Inner > i_is_parameterized(int) > [1] n=1", CheckStatus.PASSED),
                tuple("Inner > i_is_parameterized(int) > [2] n=2", CheckStatus.FAILING));
    }

    @Test
    void explains_each_outcome_in_words_a_learner_can_act_on() {
        List<CheckResult> checks = FixtureRun.run(results, ClassificationFixture.class).get(0).checks();

        assertThat(checks.get(0).message()).isNull();
        assertThat(checks.get(1).message())
                .isEqualTo("not implemented yet: write the stub, see README \u00a7Exercise 1: Every outcome");
        assertThat(checks.get(3).message()).contains("[the greeting]").contains("\"Hello\"").contains("\"Hi\"");
        assertThat(checks.get(4).message()).startsWith("NullPointerException: ")
                .contains("(at ClassificationFixture.e_crashes, ClassificationFixture.java:");
        assertThat(checks.get(5).message()).isEqualTo("timed out after 300 ms: an infinite loop or a blocked read?");
        assertThat(checks.get(7).message()).isEqualTo("not graded yet");
    }

    @Test
    void a_failed_class_setup_ends_every_check_of_the_exercise_with_its_reason() {
        List<ExerciseResult> exercises = FixtureRun.run(results, SetupFailureFixture.class);

        assertThat(exercises.get(0).checks()).extracting(CheckResult::name).containsExactly("first()", "second()");
        assertThat(exercises.get(0).checks()).allSatisfy(check -> {
            assertThat(check.status()).isEqualTo(CheckStatus.BROKEN);
            assertThat(check.message()).matches("IllegalStateException: could not start Redis: set REDIS_URL"
                    + " \\(at SetupFailureFixture\\.startServer, SetupFailureFixture\\.java:\\d+\\)");
        });
    }

    @Test
    void writes_one_results_file_per_exercise_so_running_one_exercise_keeps_the_others() {
        FixtureRun.run(results, ClassificationFixture.class, SetupFailureFixture.class);
        List<ExerciseResult> afterOne = FixtureRun.run(results, SetupFailureFixture.class);

        assertThat(afterOne).extracting(ExerciseResult::testClass)
                .containsExactly(ClassificationFixture.class.getName(), SetupFailureFixture.class.getName());
    }
}
