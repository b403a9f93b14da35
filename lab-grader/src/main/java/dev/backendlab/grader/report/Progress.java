package dev.backendlab.grader.report;

import dev.backendlab.grader.report.PhaseProgress.TopicProgress;
import dev.backendlab.grader.results.ExerciseResult;
import dev.backendlab.grader.roadmap.Phase;
import dev.backendlab.grader.roadmap.Roadmap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The whole lab's progress: every roadmap phase with its sub-topics and exercises, the totals, the
 * next exercise to work on, and any problem in how the exercises are declared.
 */
public record Progress(List<PhaseProgress> phases, long passed, int total, NeedsTally needs,
                       Optional<ExerciseProgress> next, List<String> problems) {

    public Progress {
        phases = List.copyOf(phases);
        problems = List.copyOf(problems);
    }

    /** @param modules the state of each phase module, by module name; absent modules count as empty */
    public static Progress of(Map<String, ModuleState> modules) {
        List<PhaseProgress> phases = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Phase phase : Roadmap.phases()) {
            ModuleState state = phase.module().map(modules::get).orElse(null);
            phases.add(phaseProgress(phase, state, problems));
        }
        long passed = phases.stream().mapToLong(PhaseProgress::passed).sum();
        int total = phases.stream().mapToInt(PhaseProgress::total).sum();
        NeedsTally needs = NeedsTally.sum(phases.stream().map(PhaseProgress::needs).toList());
        Optional<ExerciseProgress> next = phases.stream()
                .flatMap(p -> p.exercises().stream())
                .filter(ExerciseProgress::isWorkLeft)
                .findFirst();
        return new Progress(phases, passed, total, needs, next, problems);
    }

    private static PhaseProgress phaseProgress(Phase phase, ModuleState state, List<String> problems) {
        if (!phase.inLab()) {
            return uniform(phase, ProgressStatus.NOT_IN_LAB);
        }
        if (state == null || !state.hasExercises()) {
            return uniform(phase, ProgressStatus.NO_EXERCISES);
        }
        if (state.results().isEmpty()) {
            return uniform(phase, ProgressStatus.NOT_GRADED);
        }
        problems.addAll(problemsOf(phase, state.results()));
        List<ExerciseProgress> exercises = state.results().stream().map(ExerciseProgress::of).toList();
        List<TopicProgress> topics = phase.topics().stream().map(t -> topicProgress(t, exercises)).toList();
        return new PhaseProgress(phase,
                ProgressStatus.combine(exercises.stream().map(ExerciseProgress::status).toList()),
                exercises.stream().mapToLong(e -> e.result().passed()).sum(),
                exercises.stream().mapToInt(e -> e.result().total()).sum(),
                NeedsTally.sum(exercises.stream().map(ExerciseProgress::needs).toList()),
                topics, exercises);
    }

    private static TopicProgress topicProgress(String topic, List<ExerciseProgress> exercises) {
        List<ExerciseProgress> covering = exercises.stream().filter(e -> e.result().topics().contains(topic)).toList();
        return new TopicProgress(topic,
                ProgressStatus.combine(covering.stream().map(ExerciseProgress::status).toList()),
                covering.stream().mapToLong(e -> e.result().passed()).sum(),
                covering.stream().mapToInt(e -> e.result().total()).sum(),
                NeedsTally.sum(covering.stream().map(ExerciseProgress::needs).toList()));
    }

    private static PhaseProgress uniform(Phase phase, ProgressStatus status) {
        List<TopicProgress> topics = phase.topics().stream().map(t -> new TopicProgress(t, status, 0, 0, NeedsTally.NONE)).toList();
        return new PhaseProgress(phase, status, 0, 0, NeedsTally.NONE, topics, List.of());
    }

    /** Declarations the dashboard cannot place: a misspelled sub-topic, two exercises with one order. */
    static List<String> problemsOf(Phase phase, List<ExerciseResult> results) {
        List<String> problems = new ArrayList<>();
        Set<Integer> orders = new HashSet<>();
        for (ExerciseResult r : results) {
            for (String topic : r.topics()) {
                if (!phase.topics().contains(topic)) {
                    problems.add(r.module() + ": " + r.testClassSimpleName() + " names the sub-topic \"" + topic
                            + "\", which phase " + phase.number() + " does not have; its sub-topics are: "
                            + String.join(", ", phase.topics()));
                }
            }
            if (!orders.add(r.order())) {
                problems.add(r.module() + ": " + r.testClassSimpleName() + " has exercise order " + r.order()
                        + ", which another exercise of the module already has");
            }
        }
        return problems;
    }
}
