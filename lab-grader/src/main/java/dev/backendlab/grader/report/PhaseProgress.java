package dev.backendlab.grader.report;

import dev.backendlab.grader.roadmap.Phase;
import java.util.List;

/** A roadmap phase on the dashboard: its status, counts, sub-topic rows and exercises. */
public record PhaseProgress(Phase phase, ProgressStatus status, long passed, int total,
                            List<TopicProgress> topics, List<ExerciseProgress> exercises) {

    public PhaseProgress {
        topics = List.copyOf(topics);
        exercises = List.copyOf(exercises);
    }

    /** One sub-topic row. */
    public record TopicProgress(String name, ProgressStatus status, long passed, int total) {
    }
}
