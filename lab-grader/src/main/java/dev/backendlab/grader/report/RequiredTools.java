package dev.backendlab.grader.report;

import dev.backendlab.grader.results.Need;
import java.util.Arrays;
import java.util.List;

/**
 * Which missing tools fail a build that requires every check to pass ({@code -Dlab.requireTools}):
 * {@code false} (the default) none, {@code true} every tool, or a list such as {@code curl,openssl}.
 * Only tools: a newer JDK and a real server are never required (see {@link Need.Kind}).
 */
record RequiredTools(boolean all, List<String> tools, String asWritten) {

    static RequiredTools parse(String value) {
        String written = value == null ? "false" : value.strip();
        if (written.isEmpty() || written.equals("false")) {
            return new RequiredTools(false, List.of(), "false");
        }
        if (written.equals("true")) {
            return new RequiredTools(true, List.of(), written);
        }
        return new RequiredTools(false, Arrays.stream(written.split(",")).map(String::strip)
                .filter(t -> !t.isEmpty()).toList(), written);
    }

    boolean requires(Need need) {
        return need != null && need.kind() == Need.Kind.TOOL && (all || tools.contains(need.what()));
    }
}
