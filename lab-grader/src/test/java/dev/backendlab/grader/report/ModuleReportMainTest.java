package dev.backendlab.grader.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backendlab.grader.listener.FixtureRun;
import dev.backendlab.grader.listener.fixtures.NeedsClassFixture;
import dev.backendlab.grader.listener.fixtures.NeedsFixture;
import dev.backendlab.grader.listener.fixtures.NeedsOnStubFixture;
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
    void solution_mode_accepts_a_check_that_needs_a_missing_tool_and_says_so() {
        FixtureRun.run(module.resolve(ResultsStore.DIRECTORY), NeedsFixture.class, NeedsClassFixture.class);

        String printed = printed(() -> assertThatNoException().isThrownBy(() -> requiringAllPass()));
        assertThat(printed).contains("phase01-core: accepted without what they need: 7 need " + NeedsFixture.MISSING
                + ", JDK " + (Runtime.version().feature() + 1) + ", a real MongoDB, JDK 999");
        assertThatNoException().isThrownBy(() -> requiringAllPass("--require-tools=false"));
    }

    @Test
    void require_tools_fails_the_solution_build_on_a_missing_tool_but_never_on_a_jdk_or_a_server() {
        FixtureRun.run(module.resolve(ResultsStore.DIRECTORY), NeedsFixture.class, NeedsClassFixture.class);

        assertThatThrownBy(() -> requiringAllPass("--require-tools=true"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("phase01-core: every check must pass in this mode (4):")
                .hasMessageContaining("NeedsFixture > b_needs_a_tool_that_cannot_exist() needs " + NeedsFixture.MISSING
                        + " (required by -Dlab.requireTools=true): needs " + NeedsFixture.MISSING + ", which is not on the PATH")
                .hasMessageContaining("NeedsFixture > f_declares_the_tool() needs " + NeedsFixture.MISSING)
                .hasMessageContaining("NeedsClassFixture > first() needs " + NeedsFixture.MISSING)
                .hasMessageContaining("NeedsClassFixture > Inner > second() needs " + NeedsFixture.MISSING)
                .hasMessageNotContaining("c_needs_a_newer_jdk")
                .hasMessageNotContaining("e_needs_a_real_server")
                .hasMessageNotContaining("g_declares_a_newer_jdk");
    }

    @Test
    void require_tools_may_list_the_tools_it_requires() {
        FixtureRun.run(module.resolve(ResultsStore.DIRECTORY), NeedsFixture.class);

        assertThatThrownBy(() -> requiringAllPass("--require-tools=curl, " + NeedsFixture.MISSING))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("(2):")
                .hasMessageContaining("(required by -Dlab.requireTools=curl, " + NeedsFixture.MISSING + ")");
        assertThatNoException().isThrownBy(() -> requiringAllPass("--require-tools=curl,openssl"));
    }

    @Test
    void on_the_untouched_stubs_a_check_that_needs_a_missing_tool_is_fine() {
        FixtureRun.run(module.resolve(ResultsStore.DIRECTORY), NeedsOnStubFixture.class);

        assertThatNoException().isThrownBy(() -> report("--expect-untouched=true"));
    }

    @Test
    void the_block_shows_the_needs_status_and_the_install_command() {
        FixtureRun.run(module.resolve(ResultsStore.DIRECTORY), NeedsFixture.class, NeedsClassFixture.class);

        String block = printed(() -> report());
        assertThat(block).contains("2/2 (7 need " + NeedsFixture.MISSING)
                .containsPattern("\\n  \\S+ +4 Optional tools +2/2  done \\(5 need " + NeedsFixture.MISSING + ", JDK \\d+, a real MongoDB, JDK 999\\)\\n")
                .containsPattern("\\n  \\S+ +5 All need a tool +0/0  needs " + NeedsFixture.MISSING + "\\n")
                .contains("b_needs_a_tool_that_cannot_exist() (needs " + NeedsFixture.MISSING + ")")
                .contains("install it (" + NeedsFixture.INSTALL + ")")
                .contains("Every exercise of phase01-core passes (7 need ");
    }

    @Test
    void an_undefined_maven_property_passed_through_counts_as_unset() {
        Arguments arguments = Arguments.parse(new String[] {"--test-filter=${test}", "--module=x"});

        assertThat(arguments.values()).containsOnlyKeys("module");
    }

    /**
     * The report with {@code --require-all-pass=true}, as {@code -Psolution} (and {@code -Dlab.strict=true})
     * passes it; in learner mode, so that the fixtures need no README ({@code ReadmeRules} is tested above).
     */
    private void requiringAllPass(String... overrides) {
        String[] all = new String[overrides.length + 1];
        all[0] = "--require-all-pass=true";
        System.arraycopy(overrides, 0, all, 1, overrides.length);
        report(all);
    }

    /** What {@code action} prints on standard output. */
    private static String printed(Runnable action) {
        java.io.PrintStream original = System.out;
        java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
        System.setOut(new java.io.PrintStream(buffer, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setOut(original);
        }
        return buffer.toString(java.nio.charset.StandardCharsets.UTF_8);
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
