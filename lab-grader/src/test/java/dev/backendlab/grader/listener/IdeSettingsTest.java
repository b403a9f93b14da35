package dev.backendlab.grader.listener;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backendlab.grader.listener.fixtures.StubPassingFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class IdeSettingsTest {

    @Test
    void an_ide_run_writes_results_into_the_module_the_test_class_was_compiled_in_whatever_the_working_directory() {
        Path elsewhere = Path.of("/some/other/working/directory");
        GradingListener.Settings ide = new GradingListener.Settings("directory", elsewhere.resolve("target/lab-results"), true);

        GradingListener.Settings settings = ide.forClass(StubPassingFixture.class);

        Path module = Path.of("").toAbsolutePath();  // Surefire runs in the module: lab-grader
        assertThat(settings.module()).isEqualTo("lab-grader");
        assertThat(settings.resultsDirectory()).isEqualTo(module.resolve("target/lab-results"));
    }

    @Test
    void under_maven_the_pom_says_where_results_go() {
        GradingListener.Settings maven = new GradingListener.Settings("phase01-core", Path.of("/results"), false);

        assertThat(maven.forClass(StubPassingFixture.class)).isSameAs(maven);
    }
}
