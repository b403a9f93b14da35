package dev.backendlab.cli;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles a phase module as its learner-mode Maven build does, in two steps: the learner's
 * {@code src/main/java} with {@code src/given/java}, then {@code src/test/java} against them, each
 * with {@code --release 17}. On an error it keeps only the compiler's diagnostics, each with its
 * file (relative to the lab's root) and line, so the learner sees what to fix and nothing else.
 */
final class RoundCompiler {

    private final Path root;
    private final JavaCompiler compiler;
    // Kept across rounds: it caches what it read of the libraries' jars.
    private final StandardJavaFileManager files;

    private RoundCompiler(Path root, JavaCompiler compiler) {
        this.root = root;
        this.compiler = compiler;
        this.files = compiler.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8);
    }

    /** Empty when this JVM has no compiler (a JRE, not a JDK). */
    static Optional<RoundCompiler> create(Path root) {
        return Optional.ofNullable(ToolProvider.getSystemJavaCompiler()).map(c -> new RoundCompiler(root, c));
    }

    /** Where a round's classes went. */
    record Output(Path classes, Path testClasses) {
    }

    /**
     * @return the compiler's errors, empty when the module compiled into {@code into}
     */
    Optional<String> compile(Path moduleDir, List<Path> libraries, Output into) {
        List<Path> main = sources(moduleDir.resolve("src/main/java"), moduleDir.resolve("src/given/java"));
        Optional<String> errors = compile(main, libraries, into.classes());
        if (errors.isPresent()) {
            return errors;
        }
        List<Path> withMain = new ArrayList<>(libraries);
        withMain.add(0, into.classes());
        return compile(sources(moduleDir.resolve("src/test/java")), withMain, into.testClasses());
    }

    private Optional<String> compile(List<Path> sources, List<Path> classpath, Path output) {
        try {
            Files.createDirectories(output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (sources.isEmpty()) {
            return Optional.empty();
        }
        List<String> options = List.of("--release", "17", "-parameters", "-proc:none", "-encoding", "UTF-8",
                "-implicit:none", "-nowarn", "-Xlint:none",
                "-d", output.toString(), "-classpath", String.join(File.pathSeparator, classpath.stream().map(Path::toString).toList()));
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Writer discard = Writer.nullWriter();
        boolean ok = compiler.getTask(discard, files, diagnostics, options, null,
                files.getJavaFileObjectsFromPaths(sources)).call();
        if (ok) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() == Diagnostic.Kind.ERROR) {
                out.append(where(d)).append(": error: ")
                        .append(d.getMessage(Locale.ROOT).replace("\n", "\n    ")).append('\n');
            }
        }
        return Optional.of(out.length() == 0 ? "the compiler failed without saying where\n" : out.toString());
    }

    private String where(Diagnostic<? extends JavaFileObject> d) {
        if (d.getSource() == null) {
            return "javac";
        }
        URI uri = d.getSource().toUri();
        String file;
        try {
            Path path = Path.of(uri).toAbsolutePath().normalize();
            file = path.startsWith(root) ? root.relativize(path).toString() : path.toString();
        } catch (IllegalArgumentException e) {
            file = uri.toString();
        }
        return d.getLineNumber() > 0 ? file + ":" + d.getLineNumber() : file;
    }

    private static List<Path> sources(Path... folders) {
        List<Path> sources = new ArrayList<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> tree = Files.walk(folder)) {
                tree.filter(p -> p.toString().endsWith(".java") && Files.isRegularFile(p)).sorted().forEach(sources::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return sources;
    }
}
