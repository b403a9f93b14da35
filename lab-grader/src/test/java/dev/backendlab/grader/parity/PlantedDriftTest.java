package dev.backendlab.grader.parity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The parity check fails on each kind of drift it promises to catch, with the line a reader needs,
 * and stays quiet on what is no drift. The modules are small fixtures in {@code src/test/resources/parity}.
 */
class PlantedDriftTest {

    /** Surefire runs in the module directory; the fixtures' paths are reported relative to this. */
    private static final Path FIXTURES = Path.of("src/test/resources/parity").toAbsolutePath();

    @Test
    void every_planted_drift_is_reported_on_its_own_line_all_at_once() {
        StubSolutionParity.Result result = StubSolutionParity.check(FIXTURES, FIXTURES.resolve("planted"));

        assertThat(result.drifts()).map(Drift::toString).as("the drifts of the planted fixture module").containsExactly(
                "planted/src/main/java/demo/ChangedGenericBound.java: type ChangedGenericBound: type parameters differ:"
                        + " stub \"<T extends Comparable<T>>\", solution \"<T extends Comparable<? super T>>\"",
                "planted/src/main/java/demo/ChangedJavadoc.java: method ChangedJavadoc.remove(String): Javadoc differs:"
                        + " stub \"Removes the first copy of {@code title}.\", solution \"Removes every copy of {@code title}.\"",
                "planted/src/main/java/demo/ChangedParameterType.java: method ChangedParameterType.add(String):"
                        + " parameter types differ: stub \"String\", solution \"CharSequence\"",
                "planted/src/main/java/demo/ChangedReturnType.java: method ChangedReturnType.size(): return type differs:"
                        + " stub \"int\", solution \"long\"",
                "planted/src/main/java/demo/ExtraPublicMethod.java: method ExtraPublicMethod.clear(): only in the solution",
                "planted/src/solution/java/demo/Helper.java: no stub twin (expected planted/src/main/java/demo/Helper.java)",
                "planted/src/main/java/demo/Lonely.java: no solution twin (expected planted/src/solution/java/demo/Lonely.java)");
    }

    @Test
    void bodies_implicit_modifiers_qualified_names_rewrapped_javadoc_and_private_helpers_are_no_drift() {
        StubSolutionParity.Result result = StubSolutionParity.check(FIXTURES, FIXTURES.resolve("clean"));

        assertThat(result.drifts()).map(Drift::toString)
                .as("a stub and solution that differ only where a learner's code may differ").isEmpty();
    }

    @Test
    void shared_code_counts_identical_body_and_initialiser_lines_but_not_the_stub_throw_or_lone_braces() {
        StubSolutionParity.Result result = StubSolutionParity.check(FIXTURES, FIXTURES.resolve("clean"));

        assertThat(result.pairs()).as("the clean fixture's one pair").hasSize(1);
        List<String> shared = result.pairs().get(0).sharedLines();
        assertThat(shared).as("lines of code both Library.java files hold").containsExactly(
                "new ArrayList<>()",
                "this.name = name;");
        assertThat(result.sharedLines()).as("the module's total").isEqualTo(2);
    }
}
