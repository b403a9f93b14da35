package dev.backendlab.grader.readme;

import dev.backendlab.grader.results.ExerciseResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the solution build requires of a module README, so the learner's tools can rely on it:
 * a section per graded exercise that names its test class, has at least one hint and links every
 * stub file of the exercise, each with its reference solution next to it.
 */
public final class ReadmeRules {

    /** How a stub names its exercise: {@code new NotImplementedYetException("...", "Exercise 2: Event loop")}. */
    private static final Pattern STUB_SECTION = Pattern.compile("\"Exercise (\\d+): ([^\"]+)\"");

    private ReadmeRules() {
    }

    /** @param results the exercises graded in this build, which the README must teach */
    public static List<String> problems(Path moduleDirectory, List<ExerciseResult> results) {
        Path readme = moduleDirectory.resolve("README.md");
        Map<Integer, ExerciseSection> sections = ModuleReadme.read(moduleDirectory).stream()
                .collect(Collectors.toMap(ExerciseSection::order, Function.identity(), (a, b) -> a));
        List<String> problems = new ArrayList<>();
        for (ExerciseResult result : results) {
            String heading = "## Exercise " + result.order() + ": " + result.title();
            ExerciseSection section = sections.get(result.order());
            if (section == null || !section.title().equals(result.title())) {
                problems.add(result.testClassSimpleName() + " has no section \"" + heading + "\" in " + readme);
                continue;
            }
            problems.addAll(sectionProblems(moduleDirectory, section, result.testClassSimpleName()));
        }
        problems.addAll(unlinkedStubs(moduleDirectory, sections));
        return problems;
    }

    private static List<String> sectionProblems(Path moduleDirectory, ExerciseSection section, String testClass) {
        List<String> problems = new ArrayList<>();
        String where = "README section \"" + section.heading() + "\"";
        if (!section.testClass().equals(Optional.of(testClass))) {
            problems.add(where + " must show the command that runs it alone, with -Dtest=" + testClass
                    + section.testClass().map(t -> " (it names " + t + ")").orElse(" (it has none)"));
        }
        if (section.hints().isEmpty()) {
            problems.add(where + " has no hint: add a \"" + ModuleReadme.HINTS_SUMMARY
                    + "\" line, a blank line, \"- \" items, a blank line and \"</details>\"");
        }
        if (section.stubFiles().isEmpty()) {
            problems.add(where + " links no stub file: link each file the learner edits, as [`Name`](src/main/java/...)");
        }
        for (String stub : section.stubFiles()) {
            if (!Files.isRegularFile(moduleDirectory.resolve(stub))) {
                problems.add(where + " links " + stub + ", which does not exist");
            }
            String solution = stub.replaceFirst("^src/main/java/", "src/solution/java/");
            if (!Files.isRegularFile(moduleDirectory.resolve(solution))) {
                problems.add(where + " links " + stub + ", which has no reference solution at " + solution);
            }
        }
        return problems;
    }

    /** A stub file whose exercise section does not link it would be missed by {@code ./lab reset}. */
    private static List<String> unlinkedStubs(Path moduleDirectory, Map<Integer, ExerciseSection> sections) {
        Path stubs = moduleDirectory.resolve("src/main/java");
        if (!Files.isDirectory(stubs)) {
            return List.of();
        }
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(stubs)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String relative = moduleDirectory.relativize(file).toString().replace('\\', '/');
                Matcher stub = STUB_SECTION.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (stub.find()) {
                    ExerciseSection section = sections.get(Integer.parseInt(stub.group(1)));
                    if (section != null && !section.stubFiles().contains(relative)) {
                        problems.add("README section \"" + section.heading() + "\" does not link its stub file " + relative);
                        break;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the stubs in " + stubs, e);
        }
        return problems;
    }
}
