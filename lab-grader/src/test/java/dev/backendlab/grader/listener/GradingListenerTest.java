package dev.backendlab.grader.listener;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.backendlab.grader.listener.fixtures.ClassificationFixture;
import dev.backendlab.grader.listener.fixtures.NeedsClassFixture;
import dev.backendlab.grader.listener.fixtures.NeedsFixture;
import dev.backendlab.grader.listener.fixtures.SetupFailureFixture;
import dev.backendlab.grader.results.CheckResult;
import dev.backendlab.grader.results.CheckStatus;
import dev.backendlab.grader.results.ExerciseResult;
import dev.backendlab.grader.results.Need;
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

    @Test
    void a_check_without_the_tool_jdk_or_server_it_needs_says_what_it_needs_and_is_in_no_count() {
        ExerciseResult exercise = FixtureRun.run(results, NeedsFixture.class).get(0);
        int newer = Runtime.version().feature() + 1;
        int running = Runtime.version().feature();

        assertThat(exercise.checks()).extracting(CheckResult::name, CheckResult::status, CheckResult::need).containsExactly(
                tuple("a_runs_when_the_tool_is_there()", CheckStatus.PASSED, null),
                tuple("b_needs_a_tool_that_cannot_exist()", CheckStatus.NEEDS, new Need(Need.Kind.TOOL, NeedsFixture.MISSING)),
                tuple("c_needs_a_newer_jdk()", CheckStatus.NEEDS, new Need(Need.Kind.JDK, "JDK " + newer)),
                tuple("d_runs_on_this_jdk()", CheckStatus.PASSED, null),
                tuple("e_needs_a_real_server()", CheckStatus.NEEDS, new Need(Need.Kind.SERVICE, "a real MongoDB")),
                tuple("f_declares_the_tool()", CheckStatus.NEEDS, new Need(Need.Kind.TOOL, NeedsFixture.MISSING)),
                tuple("g_declares_a_newer_jdk()", CheckStatus.NEEDS, new Need(Need.Kind.JDK, "JDK 999")));
        assertThat(exercise.checks()).extracting(CheckResult::label).containsExactly("passed",
                "needs " + NeedsFixture.MISSING, "needs JDK " + newer, "passed", "needs a real MongoDB",
                "needs " + NeedsFixture.MISSING, "needs JDK 999");
        assertThat(exercise.checks().get(1).message()).isEqualTo("needs lab-no-such-tool-4d1f, which is not on the PATH: "
                + "install it (apt-get install lab-no-such-tool / brew install lab-no-such-tool) and run this check again;"
                + " until then it does not count");
        assertThat(exercise.checks().get(2).message()).isEqualTo("needs JDK " + newer + ", and this runs on JDK " + running
                + ": grade it with JDK " + newer + " or newer (set JAVA_HOME); until then it does not count");
        assertThat(exercise.checks().get(4).message())
                .isEqualTo("needs a real MongoDB: set MONGODB_URL; until then it does not count");
        assertThat(exercise.checks().get(5).message()).isEqualTo(exercise.checks().get(1).message());
        assertThat(exercise.passed()).as("passed").isEqualTo(2);
        assertThat(exercise.total()).as("checks that count: those that could run").isEqualTo(2);
    }

    @Test
    void a_class_that_needs_a_missing_tool_runs_no_setup_and_every_check_says_so() {
        ExerciseResult exercise = FixtureRun.run(results, NeedsClassFixture.class).get(0);

        assertThat(exercise.checks()).extracting(CheckResult::name).containsExactly("first()", "Inner > second()");
        assertThat(exercise.checks()).allSatisfy(check -> {
            assertThat(check.status()).isEqualTo(CheckStatus.NEEDS);
            assertThat(check.label()).isEqualTo("needs " + NeedsFixture.MISSING);
            assertThat(check.message()).startsWith("needs lab-no-such-tool-4d1f, which is not on the PATH: install it (");
        });
        assertThat(exercise.total()).isZero();
    }

    @Test
    void the_results_file_names_a_need_only_on_the_checks_that_have_one() throws java.io.IOException {
        FixtureRun.run(results, ClassificationFixture.class, NeedsFixture.class);

        assertThat(java.nio.file.Files.readString(results.resolve(ClassificationFixture.class.getName() + ".json")))
                .as("a results file without needs reads as before").doesNotContain("\"need\"");
        assertThat(java.nio.file.Files.readString(results.resolve(NeedsFixture.class.getName() + ".json")))
                .contains("\"need\" : {\n      \"kind\" : \"TOOL\",\n      \"what\" : \"lab-no-such-tool-4d1f\"");
    }
}
