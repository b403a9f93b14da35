package dev.backendlab.grader.readme;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backendlab.grader.results.CheckResult;
import dev.backendlab.grader.results.CheckStatus;
import dev.backendlab.grader.results.ExerciseResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModuleReadmeTest {

    private static final String README = """
            # Phase 1

            ## Concept map

            | [`Loop`](src/main/java/demo/Loop.java) | not an exercise section |

            ## Exercise 1: Event loop

            **Steps** in [`Loop`](src/main/java/demo/Loop.java), with [`Clock`](src/given/java/demo/Clock.java)
            given, and [`Timers`](src/main/java/demo/Timers.java).

            <details><summary>Hints (gentlest first; or one at a time with ./lab hint)</summary>

            - Read the phases
              in order.
            - Clamp delays: below 1 becomes 1.

            </details>

            Not a hint: the list ended at the blank line.
            - Nor this.

            ```
            ./mvnw test -pl phase01-core -am -Dtest=EventLoopTest
            ```

            ## Exercise 2: Promise

            Nothing here yet.

            ## Node to Java
            - [`Other`](src/main/java/demo/Other.java)
            """;

    @TempDir
    Path module;

    @Test
    void reads_each_exercise_section_with_its_test_class_stub_files_and_hints() {
        List<ExerciseSection> sections = ModuleReadme.parse("phase01-core", README.lines().toList());

        assertThat(sections).containsExactly(
                new ExerciseSection("phase01-core", 1, "Event loop", Optional.of("EventLoopTest"),
                        List.of("src/main/java/demo/Loop.java", "src/main/java/demo/Timers.java"),
                        List.of("Read the phases in order.", "Clamp delays: below 1 becomes 1.")),
                new ExerciseSection("phase01-core", 2, "Promise", Optional.empty(), List.of(), List.of()));
        assertThat(sections.get(0).id()).isEqualTo("phase01-core:1");
        assertThat(sections.get(0).heading()).isEqualTo("Exercise 1: Event loop");
    }

    @Test
    void still_reads_the_open_hints_form_a_bold_line_right_above_the_items() {
        List<String> lines = List.of("## Exercise 1: Event loop", "", "**Hints** (gentlest first).",
                "- Read the phases", "  in order.", "- Clamp delays.", "", "- Not a hint.");

        assertThat(ModuleReadme.parse("phase01-core", lines).get(0).hints())
                .containsExactly("Read the phases in order.", "Clamp delays.");
    }

    @Test
    void a_collapsed_hint_list_ends_at_its_closing_tag_even_without_a_blank_line() {
        List<String> lines = List.of("## Exercise 1: Event loop", ModuleReadme.HINTS_SUMMARY, "", "- One.", "- Two.",
                "</details>", "- Not a hint.");

        assertThat(ModuleReadme.parse("phase01-core", lines).get(0).hints()).containsExactly("One.", "Two.");
    }

    @Test
    void the_solution_build_names_what_a_section_lacks_and_every_stub_file_it_does_not_link() throws IOException {
        Files.writeString(module.resolve("README.md"), README);
        write("src/main/java/demo/Loop.java", "throw new NotImplementedYetException(\"run\", \"Exercise 1: Event loop\");");
        write("src/main/java/demo/Timers.java", "throw new NotImplementedYetException(\"add\", \"Exercise 1: Event loop\");");
        write("src/main/java/demo/Settle.java", "throw new NotImplementedYetException(\"settle\", \"Exercise 1: Event loop\");");
        write("src/solution/java/demo/Loop.java", "class Loop {}");

        List<String> problems = ReadmeRules.problems(module, List.of(result(1, "Event loop", "EventLoopTest"),
                result(2, "Promise", "PromiseTest"), result(3, "Buffer", "BufferTest")));

        assertThat(problems).containsExactly(
                "README section \"Exercise 1: Event loop\" links src/main/java/demo/Timers.java, which has no reference"
                        + " solution at src/solution/java/demo/Timers.java",
                "README section \"Exercise 2: Promise\" must show the command that runs it alone, with"
                        + " -Dtest=PromiseTest (it has none)",
                "README section \"Exercise 2: Promise\" has no hint: add a \"<details><summary>Hints (gentlest"
                        + " first; or one at a time with ./lab hint)</summary>\" line, a blank line, \"- \" items, a"
                        + " blank line and \"</details>\"",
                "README section \"Exercise 2: Promise\" links no stub file: link each file the learner edits, as"
                        + " [`Name`](src/main/java/...)",
                "BufferTest has no section \"## Exercise 3: Buffer\" in " + module.resolve("README.md"),
                "README section \"Exercise 1: Event loop\" does not link its stub file src/main/java/demo/Settle.java");
    }

    private void write(String relative, String content) throws IOException {
        Path file = module.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private static ExerciseResult result(int order, String title, String testClass) {
        return new ExerciseResult("phase01-core", order, title, List.of("Event Loop"), "demo." + testClass,
                List.of(new CheckResult("runs", CheckStatus.PASSED, null)));
    }
}
