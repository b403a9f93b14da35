package dev.backendlab.cli;

import dev.backendlab.grader.readme.ExerciseSection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the exercise a learner names, however they name it: {@code phase01-core:2}, the test class
 * ({@code EventLoopTest}, {@code EventLoop}) or the title ({@code event-loop}, {@code "Event loop"}),
 * in any case.
 */
public final class ExerciseLookup {

    private ExerciseLookup() {
    }

    /** @throws UsageException naming the choices when nothing or more than one exercise matches */
    public static ExerciseSection find(List<ExerciseSection> exercises, String name) {
        List<ExerciseSection> matches = exercises.stream().filter(e -> matches(e, name)).toList();
        if (matches.size() == 1) {
            return matches.get(0);
        }
        if (matches.isEmpty()) {
            throw new UsageException("No exercise is called \"" + name + "\". Name one by its id, test class or title,"
                    + " for example " + example(exercises) + "; ./lab list shows them all.");
        }
        throw new UsageException("\"" + name + "\" names more than one exercise: "
                + String.join(", ", matches.stream().map(e -> e.id() + " (" + e.title() + ")").toList())
                + ". Use the id.");
    }

    /** A module named in full ({@code phase01-core}) or by its phase ({@code phase01}). */
    public static Optional<String> module(List<String> modules, String name) {
        return modules.stream().filter(m -> m.equals(name) || m.startsWith(name + "-")).findFirst();
    }

    private static boolean matches(ExerciseSection exercise, String name) {
        if (name.equalsIgnoreCase(exercise.id()) || name.equalsIgnoreCase(exercise.module() + "/" + exercise.order())) {
            return true;
        }
        String wanted = normalize(name);
        return !wanted.isEmpty() && (wanted.equals(normalize(exercise.title()))
                || exercise.testClass().map(t -> withoutTest(normalize(t)).equals(withoutTest(wanted))).orElse(false));
    }

    private static String normalize(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static String withoutTest(String name) {
        return name.endsWith("test") ? name.substring(0, name.length() - "test".length()) : name;
    }

    private static String example(List<ExerciseSection> exercises) {
        return exercises.stream().findFirst()
                .map(e -> e.id() + ", " + e.testClass().orElse(e.title()) + " or \"" + e.title() + "\"")
                .orElse("phase01-core:1");
    }
}
