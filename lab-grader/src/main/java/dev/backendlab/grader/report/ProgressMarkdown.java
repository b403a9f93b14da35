package dev.backendlab.grader.report;

import dev.backendlab.grader.report.PhaseProgress.TopicProgress;
import java.util.stream.Collectors;

/**
 * The roadmap table with a live Status column ({@code target/lab-progress.md}), then one row per
 * exercise. Links are relative to {@code target/}, where the file is written.
 */
public final class ProgressMarkdown {

    private ProgressMarkdown() {
    }

    public static String render(Progress progress) {
        StringBuilder out = new StringBuilder("# Lab progress\n\n");
        out.append(progress.passed()).append(" of ").append(progress.total()).append(" checks pass")
                .append(progress.needs().suffix()).append(".\n\n");
        out.append("| Phase | Module | Sub-topics | Status |\n|---|---|---|---|\n");
        for (PhaseProgress p : progress.phases()) {
            out.append("| ").append(p.phase().number()).append(' ').append(escape(p.phase().title())).append(" | ")
                    .append(p.phase().module().map(m -> "[" + m + "](../" + m + "/README.md)").orElse(""))
                    .append(" | ").append(p.topics().stream().map(ProgressMarkdown::topic).collect(Collectors.joining("; ")))
                    .append(" | ").append(status(p.label(), p.passed(), p.total())).append(p.needsSuffix()).append(" |\n");
        }
        out.append("\n## Exercises\n\n| Module | Exercise | Status | Checks | Run it |\n|---|---|---|---|---|\n");
        progress.phases().stream().flatMap(p -> p.exercises().stream()).forEach(e -> out.append("| ")
                .append(e.result().module()).append(" | [").append(e.result().order()).append(". ")
                .append(escape(e.result().title())).append("](../").append(e.readmeLink()).append(") | ")
                .append(e.label()).append(" | ").append(e.result().passed()).append('/')
                .append(e.result().total()).append(e.needsSuffix()).append(" | `").append(e.command()).append("` |\n"));
        progress.next().ifPresent(n -> out.append("\nNext: ").append(n.result().module()).append(", exercise ")
                .append(n.result().order()).append(" \"").append(escape(n.result().title())).append("\": `")
                .append(n.command()).append("`\n"));
        return out.toString();
    }

    private static String topic(TopicProgress t) {
        String name = escape(t.name());
        if (t.total() > 0) {
            return name + " (" + t.label() + ", " + t.passed() + "/" + t.total()
                    + (t.needs().any() ? ", " + t.needs().note() : "") + ")";
        }
        return t.needs().any() ? name + " (" + t.label() + ")" : name;
    }

    private static String status(String label, long passed, int total) {
        return total > 0 ? label + ", " + passed + " of " + total + " checks" : label;
    }

    private static String escape(String text) {
        return text.replace("|", "\\|");
    }
}
