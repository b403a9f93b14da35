package dev.backendlab.grader.readme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the exercise sections of a module README. The format is small on purpose, so a README
 * stays pleasant to write by hand:
 *
 * <pre>
 * ## Exercise 2: Event loop            a section runs until the next "## " heading
 * ... [`EventLoop`](src/main/java/.../EventLoop.java) ...     every stub file, linked
 * &lt;details&gt;&lt;summary&gt;Hints (gentlest first; ...)&lt;/summary&gt;   collapsed, so reading
 *                                       the README does not spoil them
 * - first hint                          one "- " item per hint;
 *   continued on an indented line       the list ends at a blank line
 *
 * &lt;/details&gt;
 * ./mvnw test -pl phase01-core -am -Dtest=EventLoopTest
 * </pre>
 *
 * <p>The older open form, a {@code **Hints** (gentlest first).} line right above the items, is
 * still read. Blank lines between the summary and the first item are skipped: GitHub renders
 * markdown inside {@code <details>} only when blank lines surround it.
 */
public final class ModuleReadme {

    private static final Pattern HEADING = Pattern.compile("^## Exercise (\\d+): (.+?)\\s*$");
    private static final Pattern STUB_LINK = Pattern.compile("\\]\\((src/main/java/[^)#\\s]+\\.java)\\)");
    private static final Pattern TEST_CLASS = Pattern.compile("-Dtest=([A-Za-z_$][\\w$]*)");
    /** The hints' collapsed form; {@link #OPEN_HINTS} is the older form, read as well. */
    public static final String HINTS_SUMMARY =
            "<details><summary>Hints (gentlest first; or one at a time with ./lab hint)</summary>";
    private static final String COLLAPSED_HINTS = "<details><summary>Hints";
    private static final String OPEN_HINTS = "**Hints**";

    private ModuleReadme() {
    }

    /** The module's exercise sections in README order; empty when it has no README. */
    public static List<ExerciseSection> read(Path moduleDirectory) {
        Path readme = moduleDirectory.resolve("README.md");
        if (!Files.isRegularFile(readme)) {
            return List.of();
        }
        try {
            return parse(moduleDirectory.getFileName().toString(), Files.readAllLines(readme, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + readme, e);
        }
    }

    static List<ExerciseSection> parse(String module, List<String> lines) {
        List<ExerciseSection> sections = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher heading = HEADING.matcher(lines.get(i));
            if (!heading.matches()) {
                continue;
            }
            int end = i + 1;
            while (end < lines.size() && !lines.get(end).startsWith("## ")) {
                end++;
            }
            sections.add(section(module, Integer.parseInt(heading.group(1)), heading.group(2), lines.subList(i + 1, end)));
            i = end - 1;
        }
        return sections;
    }

    private static ExerciseSection section(String module, int order, String title, List<String> body) {
        Set<String> stubFiles = new LinkedHashSet<>();
        Optional<String> testClass = Optional.empty();
        for (String line : body) {
            Matcher link = STUB_LINK.matcher(line);
            while (link.find()) {
                stubFiles.add(link.group(1));
            }
            Matcher test = TEST_CLASS.matcher(line);
            if (testClass.isEmpty() && test.find()) {
                testClass = Optional.of(test.group(1));
            }
        }
        return new ExerciseSection(module, order, title, testClass, List.copyOf(stubFiles), hints(body));
    }

    /** The "- " items after the hints line, continuation lines joined, up to the first blank line. */
    private static List<String> hints(List<String> body) {
        int start = 0;
        while (start < body.size() && !isHintsLine(body.get(start))) {
            start++;
        }
        int first = start + 1;
        if (start < body.size() && body.get(start).startsWith(COLLAPSED_HINTS)) {
            while (first < body.size() && body.get(first).isBlank()) {
                first++;
            }
        }
        List<String> hints = new ArrayList<>();
        for (int i = first; i < body.size() && !body.get(i).isBlank(); i++) {
            String line = body.get(i);
            if (line.startsWith("- ")) {
                hints.add(line.substring(2).strip());
            } else if (!hints.isEmpty() && line.startsWith(" ")) {
                hints.set(hints.size() - 1, hints.get(hints.size() - 1) + " " + line.strip());
            } else {
                break;
            }
        }
        return hints;
    }

    private static boolean isHintsLine(String line) {
        return line.startsWith(COLLAPSED_HINTS) || line.startsWith(OPEN_HINTS);
    }
}
