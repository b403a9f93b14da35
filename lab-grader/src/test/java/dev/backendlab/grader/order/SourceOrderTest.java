package dev.backendlab.grader.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.backendlab.grader.listener.FixtureRun;
import dev.backendlab.grader.order.fixtures.DeclarationOrderFixture;
import dev.backendlab.grader.results.CheckResult;
import dev.backendlab.grader.results.ExerciseResult;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

class SourceOrderTest {

    @Test
    void checks_and_nested_groups_run_in_the_order_they_are_written() {
        DeclarationOrderFixture.RAN.clear();

        // junit-platform.properties (lab-grader's, on this classpath as on every module's) sets the orderers.
        LauncherFactory.create(LauncherConfig.builder().enableTestExecutionListenerAutoRegistration(false).build())
                .execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(DeclarationOrderFixture.class)).build());

        assertThat(DeclarationOrderFixture.RAN)
                .as("the fixture's checks in run order: its own checks as written, then its @Nested groups as written")
                .containsExactly("zebra", "mango 7", "apple", "yak", "wasp", "bee");
    }

    @Test
    void results_list_checks_in_the_order_they_ran_parameterized_cases_included(@TempDir Path results) {
        DeclarationOrderFixture.RAN.clear();

        List<ExerciseResult> written = FixtureRun.run(results, DeclarationOrderFixture.class);

        assertThat(written).hasSize(1);
        assertThat(written.get(0).checks()).extracting(CheckResult::name)
                .as("checks in the results file, as the block and the dashboard show them: a parameterized "
                        + "check's cases where it is declared, not after every plain check")
                .containsExactly("zebra_is_written_first()", "mango_takes_a_parameter(int) > [1] value=7",
                        "apple_is_written_third()", "YakGroup > yak_check()", "BeeGroup > wasp_check()", "BeeGroup > bee_check()");
    }

    @Test
    void a_class_without_a_readable_class_file_keeps_every_method_unordered_rather_than_failing() {
        LineNumbers none = LineNumbers.of(String[].class);

        assertThat(none.firstLineOfClass()).as("lines of an array class (no class file)").isEmpty();
    }

    @Test
    void descriptors_match_the_class_file_names_of_methods() throws NoSuchMethodException {
        assertThat(Descriptors.of(String.class.getMethod("regionMatches", boolean.class, int.class, String.class, int.class, int.class)))
                .isEqualTo("(ZILjava/lang/String;II)Z");
        assertThat(Descriptors.of(String.class.getMethod("toCharArray"))).isEqualTo("()[C");
        assertThat(Descriptors.of(java.util.Arrays.class.getMethod("asList", Object[].class))).isEqualTo("([Ljava/lang/Object;)Ljava/util/List;");
    }
}
