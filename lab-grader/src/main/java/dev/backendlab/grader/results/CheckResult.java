package dev.backendlab.grader.results;

/**
 * One graded check: its name as the learner reads it, how it ended, and the first message that
 * explains why when it did not pass ({@code null} when it passed).
 */
public record CheckResult(String name, CheckStatus status, String message) {

    public boolean passed() {
        return status == CheckStatus.PASSED;
    }
}
