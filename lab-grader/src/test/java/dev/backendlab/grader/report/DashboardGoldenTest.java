package dev.backendlab.grader.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backendlab.grader.roadmap.Phase;
import dev.backendlab.grader.roadmap.Roadmap;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class DashboardGoldenTest {

    @Test
    void a_fresh_clone_shows_every_exercise_not_started_and_the_first_one_next() throws IOException {
        Golden.assertMatches("dashboard-fresh-ascii.txt", Dashboard.render(Progress.of(Scenarios.fresh()), Style.ASCII));
    }

    @Test
    void a_learner_halfway_sees_every_kind_of_row() throws IOException {
        Progress progress = Progress.of(Scenarios.mixed());

        Golden.assertMatches("dashboard-mixed-ascii.txt", Dashboard.render(progress, Style.ASCII));
        Golden.assertMatches("dashboard-mixed-unicode.txt", Dashboard.render(progress, Style.UNICODE));
    }

    @Test
    void a_finished_lab_says_so() throws IOException {
        Golden.assertMatches("dashboard-finished-ascii.txt", Dashboard.render(Progress.of(Scenarios.finished()), Style.ASCII));
    }

    @Test
    void the_json_and_markdown_carry_the_same_data() throws IOException {
        Progress progress = Progress.of(Scenarios.mixed());

        Golden.assertMatches("progress-mixed.json", ProgressJson.render(progress, "learner"));
        Golden.assertMatches("progress-mixed.md", ProgressMarkdown.render(progress));
        Golden.assertMatches("progress-fresh.json", ProgressJson.render(Progress.of(Scenarios.fresh()), "learner"));
    }

    @Test
    void the_module_block_shows_the_first_failure_of_each_exercise_in_progress() throws IOException {
        Golden.assertMatches("module-block-mixed-ascii.txt",
                ModuleBlock.render("phase01-core", Scenarios.mixed().get("phase01-core").results(), Style.ASCII));
    }

    @Test
    void a_check_that_needs_a_missing_tool_is_shown_as_such_everywhere_and_in_no_count() throws IOException {
        Progress progress = Progress.of(Scenarios.needs());

        Golden.assertMatches("dashboard-needs-ascii.txt", Dashboard.render(progress, Style.ASCII));
        Golden.assertMatches("module-block-needs-ascii.txt",
                ModuleBlock.render("phase02-http", Scenarios.needs().get("phase02-http").results(), Style.ASCII));
        Golden.assertMatches("progress-needs.json", ProgressJson.render(progress, "learner"));
        Golden.assertMatches("progress-needs.md", ProgressMarkdown.render(progress));
        Golden.assertMatches("progress-needs.html", ProgressHtml.render(progress));
        assertThat(progress.passed()).as("passed").isEqualTo(3);
        assertThat(progress.total()).as("checks that count").isEqualTo(4);
        assertThat(progress.needs().note()).isEqualTo("4 need curl, JDK 21");
        assertThat(progress.next().orElseThrow().result().title()).as("next: not the exercise that only needs JDK 21")
                .isEqualTo("Non-blocking server");
    }

    @Test
    void every_roadmap_phase_and_sub_topic_has_a_row() {
        String dashboard = Dashboard.render(Progress.of(Scenarios.mixed()), Style.ASCII);

        for (Phase phase : Roadmap.phases()) {
            assertThat(dashboard).contains(phase.number() + " " + phase.title());
            phase.topics().forEach(topic -> assertThat(dashboard).contains(topic));
        }
    }

    @Test
    void colour_wraps_statuses_in_ansi_codes_only_when_asked() {
        String plain = Dashboard.render(Progress.of(Scenarios.mixed()), Style.UNICODE);
        String coloured = Dashboard.render(Progress.of(Scenarios.mixed()), new Style(true, true));

        assertThat(plain).doesNotContain("\u001b[");
        assertThat(coloured).contains("\u001b[32mdone\u001b[0m").contains("\u001b[33min progress\u001b[0m");
    }
}
