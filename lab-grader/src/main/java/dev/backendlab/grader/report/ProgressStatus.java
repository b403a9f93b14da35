package dev.backendlab.grader.report;

/** Where a learner stands on an exercise, a sub-topic or a phase. */
public enum ProgressStatus {
    DONE("done"),
    IN_PROGRESS("in progress"),
    NOT_STARTED("not started"),
    /**
     * Every check needs what this machine lacks (a tool, a newer JDK, a real server): nothing to do
     * here until then. Shown as "needs curl" ({@link NeedsTally#label()}).
     */
    NEEDS("needs"),
    /** The module exists but none of its exercises grades this yet. */
    NO_EXERCISES("no exercises yet"),
    /** The module has exercises but no results: it did not build, or was not run. */
    NOT_GRADED("not graded"),
    /** The roadmap phase has no module in the lab yet. */
    NOT_IN_LAB("not in the lab yet");

    private final String label;

    ProgressStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Combines the statuses of the exercises under a topic or a phase. */
    static ProgressStatus combine(java.util.Collection<ProgressStatus> statuses) {
        if (statuses.isEmpty()) {
            return NO_EXERCISES;
        }
        // An exercise that only needs a missing tool neither holds a topic back nor moves it on.
        java.util.List<ProgressStatus> exerciseStatuses = statuses.stream().filter(s -> s != NEEDS).toList();
        if (exerciseStatuses.isEmpty()) {
            return NEEDS;
        }
        if (exerciseStatuses.stream().allMatch(s -> s == DONE)) {
            return DONE;
        }
        if (exerciseStatuses.stream().allMatch(s -> s == NOT_STARTED)) {
            return NOT_STARTED;
        }
        return IN_PROGRESS;
    }
}
