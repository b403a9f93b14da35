package dev.backendlab.grader;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backendlab.grader.report.ExerciseProgress;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every relative link in the lab's READMEs leads somewhere: a learner who clicks a class in a concept
 * map or a Node-to-Java table must land on the file, not on GitHub's 404 page.
 */
class ReadmeLinksTest {

    /** Surefire runs in the module directory, so the repository root is one level up. */
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    /** {@code [text](target)} or {@code [text](target "title")}; the text may hold backticks, not brackets. */
    private static final Pattern LINK = Pattern.compile("\\[([^\\]\\n]*)\\]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern EXERCISE_HEADING = Pattern.compile("^## (Exercise \\d+: .+?)\\s*$");

    @Test
    void every_relative_link_in_a_readme_points_at_a_file_that_exists() throws IOException {
        List<Path> readmes = readmes();
        assertThat(readmes).as("README.md files found under %s", ROOT).contains(ROOT.resolve("README.md"));

        List<String> broken = new ArrayList<>();
        for (Path readme : readmes) {
            for (Link link : links(readme)) {
                if (isExternal(link.target)) {
                    continue;
                }
                String file = link.target.replaceFirst("#.*$", "");
                String anchor = link.target.contains("#") ? link.target.substring(link.target.indexOf('#') + 1) : "";
                Path resolved = file.isEmpty() ? readme : readme.getParent().resolve(file).normalize();
                if (!file.isEmpty() && !Files.exists(resolved)) {
                    broken.add(where(readme) + ": " + link + " points at a file that does not exist");
                } else if (anchor.startsWith("exercise-") && resolved.getFileName().toString().equals("README.md")
                        && !exerciseAnchors(resolved).contains(anchor)) {
                    broken.add(where(readme) + ": " + link + " points at no \"## Exercise N: Title\" heading of "
                            + where(resolved) + " (it has " + exerciseAnchors(resolved) + ")");
                }
            }
        }

        assertThat(broken).as("broken relative links in the READMEs (%d)", broken.size()).isEmpty();
    }

    /** The READMEs a learner reads: the root's and each module's (skipping build output and dot-folders). */
    private static List<Path> readmes() throws IOException {
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files.filter(f -> f.getFileName().toString().equals("README.md"))
                    .filter(f -> isSource(ROOT.relativize(f)))
                    .sorted()
                    .toList();
        }
    }

    private static boolean isSource(Path relative) {
        for (Path part : relative) {
            String name = part.toString();
            if (name.equals("target") || name.equals("node_modules") || name.startsWith(".")) {
                return false;
            }
        }
        return true;
    }

    /** Links outside fenced code blocks: what is inside a fence is shown, not followed. */
    private static List<Link> links(Path readme) throws IOException {
        List<Link> links = new ArrayList<>();
        boolean fenced = false;
        for (String line : Files.readAllLines(readme, StandardCharsets.UTF_8)) {
            if (line.strip().startsWith("```")) {
                fenced = !fenced;
                continue;
            }
            if (fenced) {
                continue;
            }
            Matcher m = LINK.matcher(line);
            while (m.find()) {
                links.add(new Link(m.group(1), m.group(2)));
            }
        }
        return links;
    }

    private static boolean isExternal(String target) {
        return target.startsWith("http:") || target.startsWith("https:") || target.startsWith("mailto:");
    }

    private static Set<String> exerciseAnchors(Path readme) throws IOException {
        return Files.readAllLines(readme, StandardCharsets.UTF_8).stream()
                .map(EXERCISE_HEADING::matcher)
                .filter(Matcher::matches)
                .map(m -> ExerciseProgress.anchor(m.group(1)))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String where(Path readme) {
        return ROOT.relativize(readme).toString().replace('\\', '/');
    }

    private record Link(String text, String target) {
        @Override
        public String toString() {
            return "[" + text + "](" + target + ")";
        }
    }
}
