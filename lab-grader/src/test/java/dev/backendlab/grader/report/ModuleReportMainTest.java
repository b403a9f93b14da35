package dev.backendlab.grader.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backendlab.grader.listener.FixtureRun;
import dev.backendlab.grader.listener.fixtures.StubPassingFixture;
import dev.backendlab.grader.results.ResultsStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModuleReportMainTest {

    @TempDir
    Path module;

    @Test
    void the_stub_check_fails_the_build_and_names_a_grading_test_that_passes_on_a_stub() {
        FixtureRun.run(module.resolve(ResultsStore.DIRECTORY), StubPassingFixture.class);

        assertThatThrownBy(() -> report("--expect-untouched=true"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("phase01-core: grading checks must all be \"not started\" on the untouched stubs (1):")
                .hasMessageContaining("StubPassingFixture > rejects_bad_input(): passes on the untouched stub, so it grades nothing")
                .hasMessageNotContaining("parses_a_number");
    }

    @Test
    void without_the_stub_check_the_same_results_only_print_the_block() {
        FixtureRun.run(module.resolve(ResultsStore.DIRECTORY), StubPassingFixture.class);

        assertThatNoException().isThrownBy(() -> report("--expect-untouched=false"));
    }

    @Test
    void strict_and_solution_runs_fail_on_any_check_that_did_not_pass_and_list_it() {
        FixtureRun.run(module.resolve(ResultsStore.DIRECTORY), StubPassingFixture.class);

        assertThatThrownBy(() -> report("--require-all-pass=true"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("phase01-core: every check must pass in this mode (1):")
                .hasMessageContaining("StubPassingFixture > parses_a_number() is not started: not implemented yet: parse the number");
    }

    @Test
    void solution_mode_requires_a_readme_section_per_exercise() throws IOException {
        FixtureRun.run(module.resolve(ResultsStore.SOLUTION_DIRECTORY), StubPassingFixture.class);
        Files.writeString(module.resolve("README.md"), "# Phase 1\n\n## Exercise 3: Too strong\n");

        assertThatThrownBy(() -> report("--mode=solution"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("StubPassingFixture has no section \"## Exercise 3: Too weak\"");
    }

    @Test
    void solution_mode_requires_a_hint_a_command_and_the_stub_files_in_each_section() throws IOException {
        FixtureRun.run(module.resolve(ResultsStore.SOLUTION_DIRECTORY), StubPassingFixture.class);
        Files.writeString(module.resolve("README.md"), "# Phase 1\n\n## Exercise 3: Too weak\n\nNo hints yet.\n");

        assertThatThrownBy(() -> report("--mode=solution"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("README section \"Exercise 3: Too weak\" has no hint")
                .hasMessageContaining("must show the command that runs it alone, with -Dtest=StubPassingFixture (it has none)")
                .hasMessageContaining("links no stub file");

        Path stub = module.resolve("src/main/java/demo/Weak.java");
        Path solution = module.resolve("src/solution/java/demo/Weak.java");
        Files.createDirectories(stub.getParent());
        Files.createDirectories(solution.getParent());
        Files.writeString(stub, "throw new NotImplementedYetException(\"parse\", \"Exercise 3: Too weak\");");
        Files.writeString(solution, "return 42;");
        Files.writeString(module.resolve("README.md"), """
                # Phase 1

                ## Exercise 3: Too weak

                **Steps** in [`Weak`](src/main/java/demo/Weak.java).

                **Hints** (gentlest first).
                - Read the number.

                    ./mvnw test -pl phase01-core -am -Dtest=StubPassingFixture
                """);
        assertThatNoException().isThrownBy(() -> report("--mode=solution"));
    }

    @Test
    void an_undefined_maven_property_passed_through_counts_as_unset() {
        Arguments arguments = Arguments.parse(new String[] {"--test-filter=${test}", "--module=x"});

        assertThat(arguments.values()).containsOnlyKeys("module");
    }

    /** Runs the report as the POM does, with learner defaults that later arguments override. */
    private void report(String... overrides) {
        java.util.Map<String, String> args = new java.util.LinkedHashMap<>();
        args.put("--module", "phase01-core");
        args.put("--module-dir", module.toString());
        args.put("--mode", "learner");
        for (String override : overrides) {
            args.put(override.substring(0, override.indexOf('=')), override.substring(override.indexOf('=') + 1));
        }
        ModuleReportMain.main(args.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toArray(String[]::new));
    }
}
