package dev.backendlab.grader.parity;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.DocTrees;
import com.sun.source.util.JavacTask;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Parses Java files with the JDK's own parser. Parsing only, never attribution: the sources need no
 * classpath, and types are compared as written (a stub and a solution import the same names).
 */
final class JavaSources {

    private JavaSources() {
    }

    /** One parsed file: its tree, the trees' helper (doc comments, positions), its text, its syntax errors. */
    record Parsed(Path file, CompilationUnitTree unit, DocTrees trees, String text, List<String> errors) {
    }

    /** Parses {@code files} (the keys of the answer) in one task (one compiler for all is much faster than one per file). */
    static Map<Path, Parsed> parse(Collection<Path> files) {
        Map<Path, Parsed> parsed = new LinkedHashMap<>();
        if (files.isEmpty()) {
            return parsed;
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException("the parity check needs a JDK (javax.tools finds no compiler in this JRE)");
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager fileManager = compiler.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
            JavacTask task = (JavacTask) compiler.getTask(null, fileManager, diagnostics, List.of("-proc:none"), null,
                    fileManager.getJavaFileObjectsFromPaths(files));
            DocTrees trees = DocTrees.instance(task);
            Map<URI, Path> byUri = new HashMap<>();
            files.forEach(f -> byUri.put(f.toUri(), f));
            for (CompilationUnitTree unit : task.parse()) {
                URI uri = unit.getSourceFile().toUri();
                Path file = byUri.getOrDefault(uri, Path.of(uri));
                List<String> errors = new ArrayList<>();
                for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                    if (d.getKind() == Diagnostic.Kind.ERROR && d.getSource() != null
                            && d.getSource().toUri().equals(uri)) {
                        errors.add("line " + d.getLineNumber() + ": " + d.getMessage(null));
                    }
                }
                parsed.put(file, new Parsed(file, unit, trees, Files.readString(file, StandardCharsets.UTF_8), errors));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parsed;
    }
}
