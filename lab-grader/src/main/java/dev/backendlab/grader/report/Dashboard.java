package dev.backendlab.grader.report;

import dev.backendlab.grader.report.PhaseProgress.TopicProgress;

/**
 * The dashboard printed at the end of a grading run: all sixteen roadmap phases with their
 * sub-topics, a status and a count for each, the overall bar, and what to do next.
 */
public final class Dashboard {

    static final int WIDTH = 78;

    private Dashboard() {
    }

    /** Why a phase module with exercises has no results, at the end of a grading run. */
    public static final String NOT_GRADED_IN_THIS_RUN = "not graded in this run (did it compile? see any errors above)";

    public static String render(Progress progress, Style style) {
        StringBuilder out = new StringBuilder(table(progress, style, NOT_GRADED_IN_THIS_RUN));
        appendNext(out, progress, style);
        progress.problems().forEach(p -> out.append(style.red(" Problem: " + p)).append('\n'));
        return out.toString();
    }

    /**
     * Every phase with its sub-topics, and the overall bar, without what to do next.
     *
     * @param notGraded what to say of a phase module that has exercises but no results
     */
    public static String table(Progress progress, Style style, String notGraded) {
        StringBuilder out = new StringBuilder("\n");
        out.append(style.bold(TextBlocks.pad("Java Backend Lab: your progress", 56)))
                .append(TextBlocks.padLeft(progress.passed() + " of " + progress.total() + " checks pass", WIDTH - 56))
                .append('\n').append(style.rule(WIDTH)).append('\n');
        progress.phases().forEach(phase -> appendPhase(out, phase, style, notGraded));
        out.append(style.rule(WIDTH)).append('\n');
        out.append(' ').append(TextBlocks.pad("Overall", 29)).append(style.bar(progress.passed(), progress.total(), 16))
                .append(' ').append(TextBlocks.padLeft(TextBlocks.count(progress.passed(), progress.total()), 7))
                .append("  ").append(percent(progress.passed(), progress.total()))
                .append(style.dim(progress.needs().suffix())).append('\n');
        return out.toString();
    }

    private static void appendPhase(StringBuilder out, PhaseProgress phase, Style style, String notGraded) {
        String name = TextBlocks.padLeft(Integer.toString(phase.phase().number()), 2) + " " + phase.phase().title();
        out.append(style.paint(phase.status(), String.format("%-4s", style.symbol(phase.status()))))
                .append(style.bold(TextBlocks.pad(name, 28)));
        switch (phase.status()) {
            case NOT_IN_LAB -> {
                out.append(style.dim("not in the lab yet")).append('\n');
                TextBlocks.appendWrapped(out, "       ", phase.phase().topics(), WIDTH);
                return;
            }
            case NO_EXERCISES -> out.append(style.dim(phase.phase().module().orElseThrow() + ": no exercises yet"));
            case NOT_GRADED -> out.append(style.red(phase.phase().module().orElseThrow() + ": " + notGraded));
            default -> out.append(style.bar(phase.passed(), phase.total(), 16)).append(' ')
                    .append(TextBlocks.padLeft(TextBlocks.count(phase.passed(), phase.total()), 7)).append("  ")
                    .append(style.paint(phase.status(), phase.label())).append(style.dim(phase.needsSuffix()));
        }
        out.append('\n');
        for (TopicProgress topic : phase.topics()) {
            out.append("     ").append(style.paint(topic.status(), String.format("%-4s", style.symbol(topic.status()))))
                    .append(TextBlocks.pad(topic.name(), 42));
            if (topic.total() > 0) {
                out.append(TextBlocks.padLeft(TextBlocks.count(topic.passed(), topic.total()), 7)).append("  ");
            } else {
                out.append("         ");
            }
            out.append(style.paint(topic.status(), topic.label())).append(style.dim(topic.needsSuffix())).append('\n');
        }
    }

    private static void appendNext(StringBuilder out, Progress progress, Style style) {
        if (progress.next().isEmpty()) {
            out.append(progress.total() > 0
                    ? " Next: nothing left. Every exercise in the lab passes: well done!\n"
                    : " Next: no exercise has been graded yet.\n");
            return;
        }
        ExerciseProgress next = progress.next().orElseThrow();
        out.append(style.bold(" Next: " + next.result().module() + ", exercise " + next.result().order()
                        + " \"" + next.result().title() + "\""))
                .append(" (").append(next.status().label()).append(", ")
                .append(next.result().passed()).append(" of ").append(next.result().total()).append(" checks pass")
                .append(next.needs().any() ? ", " + next.needs().note() : "").append(")\n");
        out.append("   run:  ").append(next.command()).append('\n');
        out.append("   read: ").append(next.readmeLink()).append('\n');
        next.firstFailure().ifPresent(check -> TextBlocks.appendFailure(out, "   ", check, style));
    }

    private static String percent(long passed, int total) {
        return total == 0 ? "" : (passed * 100 / total) + "%";
    }
}
