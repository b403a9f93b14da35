package dev.backendlab.grader.results;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One graded check: its name as the learner reads it, how it ended, and the first message that
 * explains why when it did not pass ({@code null} when it passed).
 *
 * @param need what a {@link CheckStatus#NEEDS} check lacks; {@code null} for every other status
 *             (and left out of the results file then, so files without a need read the same)
 */
public record CheckResult(String name, CheckStatus status, String message,
                          @JsonInclude(JsonInclude.Include.NON_NULL) Need need) {

    public CheckResult(String name, CheckStatus status, String message) {
        this(name, status, message, null);
    }

    /** A check that did not run because this machine lacks {@code need}; the message says how to get it. */
    public static CheckResult needs(String name, Need need, String message) {
        return new CheckResult(name, CheckStatus.NEEDS, message, need);
    }

    public boolean passed() {
        return status == CheckStatus.PASSED;
    }

    /** Whether the check waits for something this machine lacks, so it does not count. */
    public boolean needsSomething() {
        return status == CheckStatus.NEEDS;
    }

    /** The status as the learner reads it: {@code failing}, or {@code needs curl}. */
    public String label() {
        return status == CheckStatus.NEEDS && need != null ? need.label() : status.label();
    }
}
