package dev.backendlab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backendlab.grader.readme.ExerciseSection;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ExerciseLookupTest {

    private static final ExerciseSection LOOP = section("phase01-core", 2, "Event loop", "EventLoopTest");
    private static final ExerciseSection ROUTER = section("phase02-http", 5, "Router and methods", "RouterTest");
    private static final ExerciseSection CACHE_1 = section("phase03-rest", 10, "Caching", "CachingTest");
    private static final ExerciseSection CACHE_2 = section("phase06-caching", 2, "Caching", "TtlCacheTest");
    private static final List<ExerciseSection> ALL = List.of(LOOP, ROUTER, CACHE_1, CACHE_2);

    @ParameterizedTest
    @ValueSource(strings = {"phase01-core:2", "phase01-core/2", "EventLoopTest", "EventLoop", "eventlooptest",
            "event-loop", "Event loop", "EVENT_LOOP"})
    void an_exercise_is_found_by_its_id_its_test_class_or_its_title(String name) {
        assertThat(ExerciseLookup.find(ALL, name)).isEqualTo(LOOP);
    }

    @Test
    void a_name_two_exercises_share_asks_for_the_id() {
        assertThatThrownBy(() -> ExerciseLookup.find(ALL, "caching"))
                .isInstanceOf(UsageException.class)
                .hasMessage("\"caching\" names more than one exercise: phase03-rest:10 (Caching), phase06-caching:2"
                        + " (Caching). Use the id.");
        assertThat(ExerciseLookup.find(ALL, "TtlCache")).isEqualTo(CACHE_2);
    }

    @Test
    void a_module_is_named_in_full_or_by_its_phase() {
        List<String> modules = List.of("phase01-core", "phase02-http");

        assertThat(ExerciseLookup.module(modules, "phase02-http")).contains("phase02-http");
        assertThat(ExerciseLookup.module(modules, "phase01")).contains("phase01-core");
        assertThat(ExerciseLookup.module(modules, "phase0")).isEmpty();
        assertThat(ExerciseLookup.module(modules, "EventLoop")).isEmpty();
    }

    private static ExerciseSection section(String module, int order, String title, String testClass) {
        return new ExerciseSection(module, order, title, Optional.of(testClass), List.of(), List.of());
    }
}
