package dev.backendlab.grader.report;

import dev.backendlab.grader.results.ExerciseResult;
import java.util.List;

/**
 * What the dashboard knows of one phase module: whether it has grading tests at all, and the
 * results its last run wrote (empty when it never ran or did not build).
 */
public record ModuleState(String module, boolean hasExercises, List<ExerciseResult> results) {

    public ModuleState {
        results = List.copyOf(results);
    }
}
