package dev.backendlab.grader.report;

import dev.backendlab.grader.roadmap.Phase;
import java.util.List;

/** A roadmap phase on the dashboard: its status, counts, sub-topic rows and exercises. */
public record PhaseProgress(Phase phase, ProgressStatus status, long passed, int total, NeedsTally needs,
                            List<TopicProgress> topics, List<ExerciseProgress> exercises) {

    public PhaseProgress {
        topics = List.copyOf(topics);
        exercises = List.copyOf(exercises);
    }

    /** The status as the learner reads it: {@code done}, or {@code needs curl}. */
    public String label() {
        return status == ProgressStatus.NEEDS ? needs.label() : status.label();
    }

    /** What the counts leave out, after the label: {@code " (1 needs curl)"}; empty when the label says it. */
    public String needsSuffix() {
        return status == ProgressStatus.NEEDS ? "" : needs.suffix();
    }

    /** One sub-topic row. */
    public record TopicProgress(String name, ProgressStatus status, long passed, int total, NeedsTally needs) {

        /** The status as the learner reads it: {@code done}, or {@code needs curl}. */
        public String label() {
            return status == ProgressStatus.NEEDS ? needs.label() : status.label();
        }

        /** What the count leaves out, after the label; empty when the label says it. */
        public String needsSuffix() {
            return status == ProgressStatus.NEEDS ? "" : needs.suffix();
        }
    }
}
