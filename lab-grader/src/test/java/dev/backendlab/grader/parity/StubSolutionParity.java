package dev.backendlab.grader.parity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Checks one module: its stubs ({@code src/main/java}) against its reference solutions ({@code
 * src/solution/java}). Every file has its twin at the same path in the other tree, and each pair
 * has the same {@link ApiSurface} (types, constructors, methods, fields with their modifiers,
 * generics, parameter and return types, throws) and the same Javadoc on the members both have.
 */
public final class StubSolutionParity {

    static final String STUBS = "src/main/java";
    static final String SOLUTIONS = "src/solution/java";

    private StubSolutionParity() {
    }

    /** What the check found in one module: the drifts and, per file pair, the code lines shared. */
    public record Result(List<Drift> drifts, List<Pair> pairs) {

        public int sharedLines() {
            return pairs.stream().mapToInt(p -> p.sharedLines().size()).sum();
        }
    }

    /**
     * One stub and its solution twin.
     *
     * @param file the stub, relative to the repository root
     * @param sharedLines the code lines both hold beyond signatures and Javadoc (see {@link SharedCode})
     */
    public record Pair(String file, List<String> sharedLines) {
    }

    /** Checks {@code module}; drifts name files relative to {@code root}. */
    public static Result check(Path root, Path module) {
        Path stubs = module.resolve(STUBS);
        Path solutions = module.resolve(SOLUTIONS);
        TreeSet<String> paths = new TreeSet<>();
        List<String> stubFiles = javaFiles(stubs);
        List<String> solutionFiles = javaFiles(solutions);
        paths.addAll(stubFiles);
        paths.addAll(solutionFiles);

        List<Path> toParse = new ArrayList<>();
        for (String path : paths) {
            if (stubFiles.contains(path) && solutionFiles.contains(path)) {
                toParse.add(file(stubs, path));
                toParse.add(file(solutions, path));
            }
        }
        Map<Path, JavaSources.Parsed> parsed = JavaSources.parse(toParse);

        List<Drift> drifts = new ArrayList<>();
        List<Pair> pairs = new ArrayList<>();
        for (String path : paths) {
            String stubName = where(root, stubs.resolve(path));
            String solutionName = where(root, solutions.resolve(path));
            if (!solutionFiles.contains(path)) {
                drifts.add(new Drift(stubName, "", "no solution twin (expected " + solutionName + ")"));
            } else if (!stubFiles.contains(path)) {
                drifts.add(new Drift(solutionName, "", "no stub twin (expected " + stubName + ")"));
            } else {
                JavaSources.Parsed stub = parsed.get(file(stubs, path));
                JavaSources.Parsed solution = parsed.get(file(solutions, path));
                if (!stub.errors().isEmpty() || !solution.errors().isEmpty()) {
                    stub.errors().forEach(e -> drifts.add(new Drift(stubName, "", "does not parse: " + e)));
                    solution.errors().forEach(e -> drifts.add(new Drift(solutionName, "", "does not parse: " + e)));
                    continue;
                }
                drifts.addAll(SurfaceComparison.compare(stubName, ApiSurface.of(stub), ApiSurface.of(solution)));
                pairs.add(new Pair(stubName, SharedCode.sharedLines(stub, solution)));
            }
        }
        return new Result(drifts, pairs);
    }

    /** The {@code .java} files under {@code tree}, as paths relative to it with forward slashes. */
    private static List<String> javaFiles(Path tree) {
        if (!Files.isDirectory(tree)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(tree)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".java"))
                    .map(f -> tree.relativize(f).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path file(Path tree, String relative) {
        return tree.resolve(relative).toAbsolutePath().normalize();
    }

    private static String where(Path root, Path file) {
        return root.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }
}
