package dev.backendlab.grader.parity;

import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * The code lines a stub shares with its solution beyond signatures and Javadoc: lines of method,
 * constructor and initialiser bodies and of field initialisers that are identical (whitespace
 * normalised) in both. A stub's body only throws, so a shared line is code the learner is handed
 * inside the file they edit: given code, which belongs in {@code src/given/java}.
 *
 * <p>Not counted: public constants' values (part of the signature), blank lines, comments, lines of only braces, parentheses and semicolons, and the
 * stub's {@code throw new NotImplementedYetException} lines. Lines are counted as a multiset: a line
 * written twice in the stub and once in the solution is shared once.
 */
final class SharedCode {

    private SharedCode() {
    }

    /** The lines {@code stub} and {@code solution} share, sorted, each as often as it is shared. */
    static List<String> sharedLines(JavaSources.Parsed stub, JavaSources.Parsed solution) {
        Map<String, Long> ours = counted(codeLines(stub));
        Map<String, Long> theirs = counted(codeLines(solution));
        List<String> shared = new ArrayList<>();
        ours.forEach((line, count) -> {
            long times = Math.min(count, theirs.getOrDefault(line, 0L));
            for (long i = 0; i < times; i++) {
                shared.add(line);
            }
        });
        return shared;
    }

    private static Map<String, Long> counted(List<String> lines) {
        return lines.stream().collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
    }

    /** The normalised code lines of every body and field initialiser in the file, nested types included. */
    static List<String> codeLines(JavaSources.Parsed source) {
        List<String> lines = new ArrayList<>();
        for (Tree type : source.unit().getTypeDecls()) {
            if (type instanceof ClassTree classTree) {
                collect(source, classTree, lines);
            }
        }
        return lines;
    }

    private static void collect(JavaSources.Parsed source, ClassTree type, List<String> lines) {
        for (Tree member : type.getMembers()) {
            if (member instanceof ClassTree nested) {
                collect(source, nested, lines);
            } else if (member instanceof MethodTree method && method.getBody() != null) {
                addLines(source, method.getBody(), lines);
            } else if (member instanceof BlockTree initialiser) {
                addLines(source, initialiser, lines);
            } else if (member instanceof VariableTree field && field.getInitializer() != null
                    && !isEnumConstant(source, type, field) && !isApiConstant(type, field)) {
                addLines(source, field.getInitializer(), lines);
            }
        }
    }

    /** A public constant's value is compared as part of its signature ({@link ApiSurface}), not counted here. */
    private static boolean isApiConstant(ClassTree owner, VariableTree field) {
        Set<Modifier> flags = field.getModifiers().getFlags();
        boolean visible = flags.contains(Modifier.PUBLIC) || flags.contains(Modifier.PROTECTED)
                || owner.getKind() == Tree.Kind.INTERFACE && !flags.contains(Modifier.PRIVATE);
        boolean constant = owner.getKind() == Tree.Kind.INTERFACE || flags.contains(Modifier.STATIC) && flags.contains(Modifier.FINAL);
        return visible && constant;
    }

    /** An enum constant's arguments are its declaration, not code: {@code NOT_FOUND(404, "Not Found")}. */
    private static boolean isEnumConstant(JavaSources.Parsed source, ClassTree owner, VariableTree field) {
        var positions = source.trees().getSourcePositions();
        return owner.getKind() == Tree.Kind.ENUM
                && positions.getStartPosition(source.unit(), field) == positions.getStartPosition(source.unit(), field.getType());
    }

    private static void addLines(JavaSources.Parsed source, Tree tree, List<String> lines) {
        long start = source.trees().getSourcePositions().getStartPosition(source.unit(), tree);
        long end = source.trees().getSourcePositions().getEndPosition(source.unit(), tree);
        if (start < 0 || end <= start) {
            return; // synthetic: an enum constant's implicit constructor call has no text of its own
        }
        String text = source.text().substring((int) start, (int) end);
        if (tree instanceof BlockTree && text.startsWith("{") && text.endsWith("}")) {
            text = text.substring(1, text.length() - 1); // so "{ return x; }" on one line counts "return x;"
        }
        for (String line : text.split("\\R")) {
            String normalised = line.strip().replaceAll("\\s+", " ");
            if (isCode(normalised)) {
                lines.add(normalised);
            }
        }
    }

    private static boolean isCode(String line) {
        return !line.isEmpty()
                && !line.matches("[{}()\\[\\];,]+")
                && !line.startsWith("//") && !line.startsWith("/*") && !line.startsWith("*")
                && !line.contains("throw new NotImplementedYetException");
    }
}
