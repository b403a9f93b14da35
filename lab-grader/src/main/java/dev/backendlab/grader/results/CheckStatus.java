package dev.backendlab.grader.results;

/** How one check ended. */
public enum CheckStatus {
    /** The check passed. */
    PASSED("passed"),
    /** The check reached a stub that still throws {@code NotImplementedYetException}. */
    NOT_STARTED("not started"),
    /** An assertion failed: the code runs but does not do what the spec requires yet. */
    FAILING("failing"),
    /** Another exception escaped: a crash in the code under test (or in the test's setup). */
    BROKEN("broken"),
    /** The check ran past its time limit: an infinite loop or a blocked read. */
    TIMED_OUT("timed out"),
    /** The check did not run (disabled, an assumption failed, or its class never started). */
    SKIPPED("skipped"),
    /**
     * The check needs what this machine lacks (a tool, a newer JDK, a real server; see
     * {@link CheckResult#need()}): it did not run, and it neither fails nor counts against the learner.
     */
    NEEDS("needs");

    private final String label;

    CheckStatus(String label) {
        this.label = label;
    }

    /** The word the dashboard shows. */
    public String label() {
        return label;
    }
}
