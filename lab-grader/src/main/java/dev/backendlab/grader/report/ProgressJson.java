package dev.backendlab.grader.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.backendlab.grader.report.PhaseProgress.TopicProgress;
import dev.backendlab.grader.results.CheckResult;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * The dashboard as JSON ({@code target/lab-progress.json}), for tools: the same phases, sub-topics,
 * exercises, checks and next exercise the text shows. Status values are the dashboard's words
 * ({@code "needs curl"} included). {@code needs} counts the checks that did not run for want of a
 * tool, a newer JDK or a real server; they are in neither {@code passed} nor {@code total}, and such
 * a check carries {@code need}: {@code {"kind": "tool", "what": "curl"}}.
 */
public final class ProgressJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ProgressJson() {
    }

    public static String render(Progress progress, String mode) {
        ObjectNode root = JSON.createObjectNode();
        root.put("mode", mode);
        root.put("passed", progress.passed());
        root.put("total", progress.total());
        root.put("needs", progress.needs().count());
        ArrayNode phases = root.putArray("phases");
        progress.phases().forEach(p -> phases.add(phase(p)));
        progress.next().ifPresentOrElse(n -> root.set("next", exercise(n, false)), () -> root.putNull("next"));
        ArrayNode problems = root.putArray("problems");
        progress.problems().forEach(problems::add);
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode phase(PhaseProgress p) {
        ObjectNode node = JSON.createObjectNode();
        node.put("number", p.phase().number());
        node.put("title", p.phase().title());
        p.phase().module().ifPresentOrElse(m -> node.put("module", m), () -> node.putNull("module"));
        node.put("status", p.label());
        node.put("passed", p.passed());
        node.put("total", p.total());
        node.put("needs", p.needs().count());
        ArrayNode topics = node.putArray("topics");
        for (TopicProgress t : p.topics()) {
            topics.addObject().put("name", t.name()).put("status", t.label())
                    .put("passed", t.passed()).put("total", t.total()).put("needs", t.needs().count());
        }
        ArrayNode exercises = node.putArray("exercises");
        p.exercises().forEach(e -> exercises.add(exercise(e, true)));
        return node;
    }

    private static ObjectNode exercise(ExerciseProgress e, boolean withChecks) {
        ObjectNode node = JSON.createObjectNode();
        node.put("module", e.result().module());
        node.put("order", e.result().order());
        node.put("title", e.result().title());
        ArrayNode topics = node.putArray("topics");
        e.result().topics().forEach(topics::add);
        node.put("testClass", e.result().testClass());
        node.put("status", e.label());
        node.put("passed", e.result().passed());
        node.put("total", e.result().total());
        node.put("needs", e.needs().count());
        node.put("command", e.command());
        node.put("readme", e.readmeLink());
        e.firstFailure().ifPresentOrElse(c -> node.set("firstFailure", check(c)), () -> node.putNull("firstFailure"));
        if (withChecks) {
            ArrayNode checks = node.putArray("checks");
            e.result().checks().forEach(c -> checks.add(check(c)));
        }
        return node;
    }

    private static ObjectNode check(CheckResult c) {
        ObjectNode node = JSON.createObjectNode();
        node.put("name", c.name());
        node.put("status", c.label());
        node.put("message", c.message());
        if (c.need() != null) {
            node.putObject("need").put("kind", c.need().kind().name().toLowerCase(Locale.ROOT)).put("what", c.need().what());
        }
        return node;
    }
}
