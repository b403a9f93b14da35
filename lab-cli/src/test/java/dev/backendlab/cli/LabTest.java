package dev.backendlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backendlab.grader.results.CheckStatus;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabTest {

    @TempDir
    Path root;

    @Test
    void an_unknown_command_is_a_usage_error_that_lists_the_commands() throws InterruptedException {
        TempLab lab = new TempLab(root);

        int exit = LabRun.of(lab, new FakeGrader(), "").run("grade");

        assertThat(exit).isEqualTo(2);
        assertThat(lab.output()).startsWith("Unknown command \"grade\".")
                .contains("check [module|exercise]", "watch [exercise]", "hint [exercise]", "reset <exercise>",
                        "solution <exercise>");
    }

    @Test
    void help_lists_the_commands_and_exits_0() throws InterruptedException {
        TempLab lab = new TempLab(root);

        assertThat(LabRun.of(lab, new FakeGrader(), "").run("--help")).isZero();
        assertThat(lab.output()).isEqualTo(Lab.USAGE);
    }

    @Test
    void list_shows_every_exercise_with_the_id_the_commands_take() throws InterruptedException {
        TempLab lab = new TempLab(root);
        lab.results(1, CheckStatus.PASSED);

        LabRun.of(lab, new FakeGrader(), "").run("list");

        assertThat(lab.output().lines()).containsExactly(
                "phase01-core",
                "  phase01-core:1      ✔ Mini runtime: done, 1 of 1 checks pass",
                "  phase01-core:2      ○ Event loop: not graded yet");
    }
}
