package dev.backendlab.grader.report;

/** Where a learner stands on an exercise, a sub-topic or a phase. */
public enum ProgressStatus {
    DONE("done"),
    IN_PROGRESS("in progress"),
    NOT_STARTED("not started"),
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
    static ProgressStatus combine(java.util.Collection<ProgressStatus> exerciseStatuses) {
        if (exerciseStatuses.isEmpty()) {
            return NO_EXERCISES;
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
