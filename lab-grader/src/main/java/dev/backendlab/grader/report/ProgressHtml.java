package dev.backendlab.grader.report;

import static dev.backendlab.grader.report.Html.escape;

import dev.backendlab.grader.report.PhaseProgress.TopicProgress;
import dev.backendlab.grader.results.CheckResult;
import dev.backendlab.grader.results.CheckStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The dashboard as a page for the browser ({@code target/lab-progress.html}): the overall bar, the
 * next exercise, the roadmap table with a live status per phase and sub-topic, then every exercise
 * with the command that grades it, its README section, its first failure and every check's status. The style sheet is
 * inline and nothing is fetched, so the page opens from disk, offline. Links are relative to
 * {@code target/}, where the file is written.
 */
public final class ProgressHtml {

    private static final String CSS = readCss();
    private static final String NOT_GRADED = "No results yet: ./lab check grades it. Right after a grading run, this means it did not compile: the build output shows the errors.";

    private ProgressHtml() {
    }

    public static String render(Progress progress) {
        String summary = progress.passed() + " of " + progress.total() + " checks pass";
        String needs = progress.needs().suffix();
        StringBuilder out = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                """);
        out.append("<title>Lab progress: ").append(summary).append(escape(needs)).append("</title>\n<style>\n").append(CSS)
                .append("</style>\n</head>\n<body>\n<main>\n<h1>Java Backend Lab: your progress</h1>\n")
                .append("<p class=\"overall\">").append(summary).append(percent(progress.passed(), progress.total())).append(escape(needs))
                .append(bar(null, progress.passed(), progress.total())).append("</p>\n");
        appendNext(out, progress);
        if (!progress.problems().isEmpty()) {
            out.append("<section class=\"problems\">\n<h2>Problems</h2>\n<ul>\n");
            progress.problems().forEach(p -> out.append("<li>").append(escape(p)).append("</li>\n"));
            out.append("</ul>\n</section>\n");
        }
        appendRoadmap(out, progress.phases());
        appendExercises(out, progress.phases());
        return out.append("<footer>Every run of <code>./mvnw test</code> rewrites this page: reload it after the next run.")
                .append("</footer>\n</main>\n</body>\n</html>\n").toString();
    }

    private static void appendNext(StringBuilder out, Progress progress) {
        out.append("<section class=\"next\" id=\"next\">\n");
        if (progress.next().isEmpty()) {
            out.append("<h2>").append(progress.total() > 0
                    ? "Next: nothing left. Every exercise in the lab passes: well done!"
                    : "Next: no exercise has been graded yet.").append("</h2>\n</section>\n");
            return;
        }
        ExerciseProgress next = progress.next().orElseThrow();
        out.append("<h2>Next: ").append(escape(next.result().module())).append(", exercise ")
                .append(next.result().order()).append(" \u201c").append(escape(next.result().title())).append("\u201d</h2>\n")
                .append("<p class=\"summary\">").append(status(next.status(), next.label())).append(", ").append(checks(next))
                .append("</p>\n");
        appendDetails(out, next);
        out.append("</section>\n");
    }

    private static void appendRoadmap(StringBuilder out, List<PhaseProgress> phases) {
        out.append("<section id=\"roadmap\">\n<h2>Roadmap</h2>\n<table class=\"roadmap\">\n<thead><tr>")
                .append("<th scope=\"col\">#</th><th scope=\"col\">Phase</th><th scope=\"col\">Status</th>")
                .append("<th scope=\"col\">Checks</th><th scope=\"col\">Sub-topics</th></tr></thead>\n<tbody>\n");
        for (PhaseProgress p : phases) {
            out.append("<tr id=\"phase-").append(p.phase().number()).append("\">")
                    .append("<td class=\"num\">").append(p.phase().number()).append("</td>")
                    .append("<td class=\"phase\"><span class=\"title\">").append(escape(p.phase().title())).append("</span>")
                    .append(p.phase().module().map(m -> "<a class=\"module\" href=\"../" + escape(m) + "/README.md\">"
                            + escape(m) + "</a>").orElse(""))
                    .append("</td><td class=\"state\">").append(status(p.status(), p.label())).append("</td>")
                    .append("<td class=\"progress\">").append(phaseProgress(p)).append("</td>")
                    .append("<td class=\"topics-cell\">").append(topics(p)).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n</section>\n");
    }

    /** What the terminal shows after the phase name: a bar and a count, or why there is none. */
    private static String phaseProgress(PhaseProgress p) {
        return switch (p.status()) {
            case NOT_IN_LAB, NO_EXERCISES -> "";
            case NOT_GRADED -> "<span class=\"note failed\">" + NOT_GRADED + "</span>";
            default -> bar(p.status(), p.passed(), p.total()) + " <span class=\"count\">"
                    + p.passed() + " of " + p.total() + p.needsSuffix() + "</span>";
        };
    }

    private static String topics(PhaseProgress p) {
        if (p.status() == ProgressStatus.NOT_IN_LAB) {
            return "<span class=\"muted note\">" + escape(String.join(", ", p.phase().topics())) + "</span>";
        }
        return p.topics().stream().map(ProgressHtml::topic)
                .collect(Collectors.joining("", "<ul class=\"topics\">", "</ul>"));
    }

    private static String topic(TopicProgress t) {
        String count = t.total() > 0 ? t.passed() + " of " + t.total() + ", " : "";
        return "<li><span>" + escape(t.name()) + "</span> <span class=\"status " + css(t.status()) + "\">"
                + count + escape(t.label() + t.needsSuffix()) + "</span></li>";
    }

    private static void appendExercises(StringBuilder out, List<PhaseProgress> phases) {
        out.append("<section id=\"exercises\">\n<h2>Exercises</h2>\n");
        List<PhaseProgress> graded = phases.stream()
                .filter(p -> !p.exercises().isEmpty() || p.status() == ProgressStatus.NOT_GRADED).toList();
        if (graded.isEmpty()) {
            out.append("<p>No exercise has been graded yet.</p>\n");
        }
        for (PhaseProgress p : graded) {
            String module = escape(p.phase().module().orElseThrow());
            out.append("<h3 id=\"").append(module).append("\">").append(p.phase().number()).append(' ')
                    .append(escape(p.phase().title())).append(" <span class=\"muted path\">").append(module)
                    .append("</span></h3>\n");
            if (p.exercises().isEmpty()) {
                out.append("<p class=\"failed\">").append(NOT_GRADED).append("</p>\n");
            }
            p.exercises().forEach(e -> appendExercise(out, e));
        }
        out.append("</section>\n");
    }

    private static void appendExercise(StringBuilder out, ExerciseProgress e) {
        out.append("<article class=\"exercise ").append(css(e.status())).append("\" id=\"").append(id(e))
                .append("\">\n")
                .append("<h4>").append(e.result().order()).append(". ").append(escape(e.result().title())).append("</h4>\n")
                .append("<p class=\"summary\">").append(status(e.status(), e.label())).append(" \u00b7 <span class=\"count\">")
                .append(checks(e)).append("</span> ").append(bar(e.status(), e.result().passed(), e.result().total()))
                .append("</p>\n");
        appendDetails(out, e);
        out.append("</article>\n");
    }

    /**
     * How to work on the exercise: the command, the README section and, unless it is done, what fails
     * first; else what a check needs that this machine lacks, with the install command.
     */
    private static void appendDetails(StringBuilder out, ExerciseProgress e) {
        out.append("<dl class=\"details\">\n<dt>Run it</dt><dd><pre class=\"command\"><code>")
                .append(command(e.labCommand())).append("</code></pre><p class=\"alternative\">or, without the tool: ")
                .append("<code>").append(escape(e.command())).append("</code></p></dd>\n")
                .append("<dt>Read</dt><dd><a class=\"readme\" href=\"../").append(escape(e.readmeLink()))
                .append("\">").append(escape(e.readmeHeading())).append("</a> in <span class=\"path\">")
                .append(escape(e.result().module())).append("/README.md</span></dd>\n");
        Optional<CheckResult> failure = e.status() == ProgressStatus.DONE ? Optional.empty() : e.firstFailure();
        failure.or(e::firstNeed).ifPresent(check -> appendFailure(out, check));
        out.append("</dl>\n");
        appendChecks(out, e);
    }

    /** Every check of the exercise with its status, in the order they run, folded away until asked for. */
    private static void appendChecks(StringBuilder out, ExerciseProgress e) {
        if (e.result().checks().isEmpty()) {
            return;
        }
        out.append("<details class=\"checks\"><summary>All ").append(e.result().checks().size())
                .append(" checks</summary>\n<ul>\n");
        for (CheckResult check : e.result().checks()) {
            out.append("<li class=\"check-").append(check.status().name().toLowerCase(Locale.ROOT).replace('_', '-'))
                    .append("\"><span class=\"symbol\">").append(Style.UNICODE.symbol(check.status())).append("</span> ")
                    .append(escape(check.name())).append(" <span class=\"state\">(").append(escape(check.label()))
                    .append(")</span></li>\n");
        }
        out.append("</ul>\n</details>\n");
    }

    /** The first failure, or for a check that needs a missing tool what it needs and how to get it. */
    private static void appendFailure(StringBuilder out, CheckResult check) {
        // Red for what went wrong; a stub not written yet, or a tool to install, is just the next thing to do.
        boolean untouched = check.status() == CheckStatus.NOT_STARTED || check.status() == CheckStatus.SKIPPED
                || check.needsSomething();
        out.append(check.needsSomething() ? "<dt>Needs</dt>" : "<dt>First failure</dt>")
                .append("<dd class=\"failure\"><p><span class=\"").append(untouched ? "check" : "failed")
                .append("\">").append(Style.UNICODE.symbol(check.status())).append(' ').append(escape(check.name()))
                .append("</span> (").append(escape(check.label())).append(")</p>");
        if (check.message() != null) {
            out.append("<pre class=\"message\">").append(escape(check.message())).append("</pre>");
        }
        out.append("</dd>\n");
    }

    /** Each word unbreakable, so a narrow screen wraps the command between words, never at "-am -|Dtest". */
    private static String command(String command) {
        return Arrays.stream(command.split(" ")).map(w -> "<span class=\"word\">" + escape(w) + "</span>")
                .collect(Collectors.joining(" "));
    }

    /** @param label what the learner reads, {@code done} or {@code needs curl} */
    private static String status(ProgressStatus status, String label) {
        return "<span class=\"status " + css(status) + "\"><span aria-hidden=\"true\">"
                + Style.UNICODE.symbol(status) + "</span> " + escape(label) + "</span>";
    }

    /** A CSS bar; the count next to it carries the same information as text. */
    private static String bar(ProgressStatus status, long passed, int total) {
        long width = total == 0 ? 0 : Math.max(passed * 100 / total, passed > 0 ? 1 : 0);
        return "<span class=\"bar" + (status == null ? "" : " " + css(status)) + "\" aria-hidden=\"true\">"
                + "<span style=\"width:" + width + "%\"></span></span>";
    }

    private static String checks(ExerciseProgress e) {
        return e.result().passed() + " of " + e.result().total() + " checks pass" + e.needsSuffix();
    }

    private static String percent(long passed, int total) {
        return total == 0 ? "" : " (" + passed * 100 / total + "%)";
    }

    /** {@code IN_PROGRESS} becomes {@code s-in-progress}: the class lab-progress.css colours. */
    private static String css(ProgressStatus status) {
        return "s-" + status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String id(ExerciseProgress e) {
        return escape(e.result().module()) + "-" + e.result().order();
    }

    private static String readCss() {
        try (InputStream in = ProgressHtml.class.getResourceAsStream("lab-progress.css")) {
            if (in == null) {
                throw new IllegalStateException("lab-progress.css is missing next to ProgressHtml on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
