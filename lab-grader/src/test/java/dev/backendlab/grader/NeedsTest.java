package dev.backendlab.grader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backendlab.grader.listener.fixtures.NeedsFixture;
import dev.backendlab.grader.results.Need;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

class NeedsTest {

    @AfterEach
    void showEveryTool() {
        System.clearProperty(Needs.HIDE_TOOLS);
    }

    @Test
    void finds_a_program_on_the_path_and_not_one_that_cannot_exist() {
        assertThat(Needs.hasTool(NeedsFixture.PRESENT)).as(NeedsFixture.PRESENT).isTrue();
        assertThat(Needs.hasTool(NeedsFixture.MISSING)).as(NeedsFixture.MISSING).isFalse();
        assertThatNoException().isThrownBy(() -> Needs.tool(NeedsFixture.PRESENT, "it comes with the system"));
    }

    @Test
    void hide_tools_makes_a_present_program_missing_and_says_so() {
        System.setProperty(Needs.HIDE_TOOLS, "curl, " + NeedsFixture.PRESENT);

        assertThat(Needs.hasTool(NeedsFixture.PRESENT)).isFalse();
        assertThatThrownBy(() -> Needs.tool(NeedsFixture.PRESENT, "it comes with the system"))
                .isInstanceOf(TestAbortedException.class)
                .isInstanceOfSatisfying(NeedsException.class,
                        e -> assertThat(e.need()).isEqualTo(new Need(Need.Kind.TOOL, NeedsFixture.PRESENT)))
                .hasMessage("needs " + NeedsFixture.PRESENT + ", which -Dlab.hideTools hides: install it"
                        + " (it comes with the system) and run this check again; until then it does not count");
    }

    @Test
    void the_running_jdk_and_older_ones_are_there_a_newer_one_is_not() {
        int running = Runtime.version().feature();

        assertThatNoException().isThrownBy(() -> Needs.jdk(running));
        assertThatNoException().isThrownBy(() -> Needs.jdk(17));
        assertThatThrownBy(() -> Needs.jdk(running + 1)).isInstanceOfSatisfying(NeedsException.class,
                e -> assertThat(e.need()).isEqualTo(new Need(Need.Kind.JDK, "JDK " + (running + 1))));
    }
}
