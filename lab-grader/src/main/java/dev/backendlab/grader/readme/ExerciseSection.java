package dev.backendlab.grader.readme;

import java.util.List;
import java.util.Optional;

/**
 * One {@code ## Exercise N: Title} section of a module README.
 *
 * @param module    the module, for example {@code phase01-core}
 * @param order     N, the exercise's position in its module
 * @param title     the title after the colon
 * @param testClass the simple name of the exercise's test class, from the section's
 *                  {@code -Dtest=...} command; empty when the section has no command
 * @param stubFiles the files the learner edits, module-relative ({@code src/main/java/...}), in
 *                  the order the section links them
 * @param hints     the hints, gentlest first, each as one paragraph of Markdown
 */
public record ExerciseSection(String module, int order, String title, Optional<String> testClass,
                              List<String> stubFiles, List<String> hints) {

    public ExerciseSection {
        stubFiles = List.copyOf(stubFiles);
        hints = List.copyOf(hints);
    }

    /** The heading as written: {@code Exercise 2: Event loop}. */
    public String heading() {
        return "Exercise " + order + ": " + title;
    }

    /** How a learner names it on the command line: {@code phase01-core:2}. */
    public String id() {
        return module + ":" + order;
    }
}
