package dev.backendlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HintCommandTest {

    @TempDir
    Path root;

    @Test
    void each_call_shows_one_more_hint_gentlest_first_and_remembers_across_runs() throws InterruptedException {
        TempLab first = new TempLab(root);
        LabRun.of(first, new FakeGrader(), "").run("hint", "phase01-core:1");

        assertThat(first.output())
                .contains("Hints for phase01-core, exercise 1 \"Mini runtime\"")
                .contains(" 1 of 3  Start with the smallest loop that could work.")
                .doesNotContain("priority queue")
                .contains("Still stuck? ./lab hint phase01-core:1 shows the next one.");

        TempLab second = new TempLab(root);
        LabRun.of(second, new FakeGrader(), "").run("hint", "mini-runtime");
        assertThat(second.output())
                .contains(" 1 of 3  Start with the smallest loop that could work.", " 2 of 3  Timers go in a priority queue.")
                .doesNotContain("Run main first");
        assertThat(first.read(".lab/hints.properties")).contains("phase01-core\\:1=2");
    }

    @Test
    void after_the_last_hint_it_says_so_and_shows_them_all_again() throws InterruptedException {
        TempLab lab = new TempLab(root);
        for (int i = 0; i < 4; i++) {
            LabRun.of(lab, new FakeGrader(), "").run("hint", "EventLoopTest");
        }

        assertThat(lab.output()).contains("That was the last hint.");
        String last = lab.output().substring(lab.output().lastIndexOf("Hints for"));
        assertThat(last).contains(" 1 of 2  Phases run in a fixed order.", " 2 of 2  Drain nextTicks before microtasks.");
    }

    @Test
    void without_an_argument_it_gives_hints_for_the_next_exercise() throws InterruptedException {
        TempLab lab = new TempLab(root);

        LabRun.of(lab, new FakeGrader(), "").run("hint");

        assertThat(lab.output()).contains("Hints for phase01-core, exercise 1 \"Mini runtime\"");
    }
}
