package dev.backendlab.grader.results;

import java.util.List;

/**
 * The graded checks of one exercise (one test class), as the listener wrote them.
 *
 * @param module    the Maven module, for example {@code phase01-core}
 * @param order     position of the exercise in its module, from 1
 * @param title     the exercise's title, as in its README heading
 * @param topics    the roadmap sub-topics it grades
 * @param testClass the test class's fully qualified name
 * @param checks    every check, in execution order
 */
public record ExerciseResult(String module, int order, String title, List<String> topics,
                             String testClass, List<CheckResult> checks) {

    public ExerciseResult {
        topics = List.copyOf(topics);
        checks = List.copyOf(checks);
    }

    public long passed() {
        return checks.stream().filter(CheckResult::passed).count();
    }

    /**
     * The checks that count: all but those that need what this machine lacks ("needs curl"), which
     * neither pass nor fail. {@code passed() == total()} means every check that could run passes.
     */
    public int total() {
        return checks.size() - needing().size();
    }

    /** The checks that did not run for want of a tool, a newer JDK or a real server. */
    public List<CheckResult> needing() {
        return checks.stream().filter(CheckResult::needsSomething).toList();
    }

    /** The test class's simple name, what {@code -Dtest=} takes. */
    public String testClassSimpleName() {
        return testClass.substring(testClass.lastIndexOf('.') + 1);
    }
}
