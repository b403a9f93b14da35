package dev.backendlab.grader.parity;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeParameterTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * The declarations of one parsed file, in source order: its package, every type (top-level and
 * nested) and every constructor, method, field, enum constant and record component in them.
 *
 * <p>Modifiers are compared as they take effect, so {@code int size();} in an interface equals
 * {@code public abstract int size();}. {@code synchronized}, {@code native} and {@code strictfp} are
 * left out: they are how a body runs, not part of a signature (javadoc does not show them either),
 * and the learner chooses how to synchronise.
 */
final class ApiSurface {

    private static final Set<Modifier> NOT_SIGNATURE = EnumSet.of(Modifier.SYNCHRONIZED, Modifier.NATIVE, Modifier.STRICTFP);

    /** A package prefix: lower-case segments followed by a dot, before a capitalised type name. */
    private static final Pattern QUALIFIER = Pattern.compile("\\b(?:[a-z_][A-Za-z0-9_]*\\.)+(?=[A-Z])");

    private final JavaSources.Parsed source;
    private final List<ApiMember> members = new ArrayList<>();

    private ApiSurface(JavaSources.Parsed source) {
        this.source = source;
    }

    static List<ApiMember> of(JavaSources.Parsed source) {
        ApiSurface surface = new ApiSurface(source);
        surface.collect();
        return surface.members;
    }

    private void collect() {
        CompilationUnitTree unit = source.unit();
        TreePath root = new TreePath(unit);
        if (unit.getPackage() != null) {
            String name = unit.getPackageName().toString();
            members.add(new ApiMember("package", "", name, List.of(), Map.of(),
                    javadoc(new TreePath(root, unit.getPackage())), true, false));
        }
        for (Tree declaration : unit.getTypeDecls()) {
            if (declaration instanceof ClassTree type) {
                type(new TreePath(root, type), "", true);
            }
        }
    }

    /** A type and, recursively, its members. {@code visible}: whether its public members are API. */
    private void type(TreePath path, String owner, boolean visible) {
        ClassTree type = (ClassTree) path.getLeaf();
        String name = owner.isEmpty() ? type.getSimpleName().toString() : owner + "." + type.getSimpleName();
        Map<String, String> signature = new LinkedHashMap<>();
        signature.put("kind", kindOf(type));
        signature.put("modifiers", modifiers(type.getModifiers(), typeImplicits(type, path)));
        signature.put("type parameters", typeParameters(type.getTypeParameters()));
        signature.put("extends clause", type.getExtendsClause() == null ? "" : typeText(type.getExtendsClause()));
        signature.put("implements clause", joined(type.getImplementsClause()));
        signature.put("permits clause", joined(type.getPermitsClause()));
        members.add(new ApiMember("type", owner, name, List.of(), signature, javadoc(path), visible, false));

        for (Tree member : type.getMembers()) {
            TreePath memberPath = new TreePath(path, member);
            if (member instanceof ClassTree nested) {
                Set<Modifier> implicits = memberImplicits(type, nested.getModifiers(), EnumSet.of(Modifier.STATIC));
                boolean nestedVisible = visible && isApi(effective(nested.getModifiers(), implicits));
                type(memberPath, name, nestedVisible);
            } else if (member instanceof MethodTree method) {
                method(memberPath, method, type, name, visible);
            } else if (member instanceof VariableTree variable) {
                variable(memberPath, variable, type, name, visible);
            }
        }
    }

    private void method(TreePath path, MethodTree method, ClassTree owner, String ownerName, boolean visible) {
        boolean constructor = method.getReturnType() == null;
        Set<Modifier> implicits = EnumSet.noneOf(Modifier.class);
        if (isInterface(owner) && !method.getModifiers().getFlags().contains(Modifier.PRIVATE)) {
            implicits.add(Modifier.PUBLIC);
            if (method.getBody() == null && !method.getModifiers().getFlags().contains(Modifier.DEFAULT)
                    && !method.getModifiers().getFlags().contains(Modifier.STATIC)) {
                implicits.add(Modifier.ABSTRACT);
            }
        }
        if (constructor && owner.getKind() == Tree.Kind.ENUM) {
            implicits.add(Modifier.PRIVATE);
        }
        Set<Modifier> effective = effective(method.getModifiers(), implicits);
        Map<String, String> signature = new LinkedHashMap<>();
        signature.put("modifiers", modifiers(method.getModifiers(), implicits));
        signature.put("type parameters", typeParameters(method.getTypeParameters()));
        if (!constructor) {
            signature.put("return type", typeText(method.getReturnType()));
        }
        List<String> parameters = method.getParameters().stream().map(this::parameterType).toList();
        signature.put("parameter types", String.join(", ", parameters));
        signature.put("throws clause", joined(method.getThrows()));
        String name = constructor ? owner.getSimpleName().toString() : method.getName().toString();
        members.add(new ApiMember(constructor ? "constructor" : "method", ownerName, name, parameters, signature,
                javadoc(path), visible && isApi(effective), isOverride(method)));
    }

    private void variable(TreePath path, VariableTree variable, ClassTree owner, String ownerName, boolean visible) {
        String name = variable.getName().toString();
        boolean writtenWithoutModifiers = start(variable) == start(variable.getType());
        if (owner.getKind() == Tree.Kind.ENUM && writtenWithoutModifiers
                && variable.getModifiers().getFlags().contains(Modifier.STATIC)) {
            members.add(new ApiMember("enum constant", ownerName, name, List.of(), Map.of(), javadoc(path), visible, false));
            return;
        }
        if (owner.getKind() == Tree.Kind.RECORD && !variable.getModifiers().getFlags().contains(Modifier.STATIC)) {
            members.add(new ApiMember("record component", ownerName, name, List.of(),
                    Map.of("type", typeText(variable.getType())), javadoc(path), visible, false));
            return;
        }
        Set<Modifier> implicits = isInterface(owner)
                ? EnumSet.of(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                : EnumSet.noneOf(Modifier.class);
        Map<String, String> signature = new LinkedHashMap<>();
        signature.put("modifiers", modifiers(variable.getModifiers(), implicits));
        signature.put("type", typeText(variable.getType()));
        Set<Modifier> effective = effective(variable.getModifiers(), implicits);
        boolean api = visible && isApi(effective);
        if (api && isConstant(effective) && variable.getInitializer() != null) {
            // A public constant's value is part of the contract the stub states, not code to share.
            signature.put("value", variable.getInitializer().toString());
        }
        members.add(new ApiMember("field", ownerName, name, List.of(), signature, javadoc(path), api, false));
    }

    private static boolean isOverride(MethodTree method) {
        return method.getModifiers().getAnnotations().stream()
                .map(a -> a.getAnnotationType().toString())
                .anyMatch(name -> name.equals("Override") || name.equals("java.lang.Override"));
    }

    /** A parameter's type as written; the parser records {@code String...} as {@code String[]}. */
    private String parameterType(VariableTree parameter) {
        String type = typeText(parameter.getType());
        long start = start(parameter);
        long end = end(parameter);
        // A compact constructor's parameters are the record's components, made up by the parser: no text.
        String written = start >= 0 && end > start ? source.text().substring((int) start, (int) end) : "";
        return written.contains("...") && type.endsWith("[]") ? type.substring(0, type.length() - 2) + "..." : type;
    }

    private static String kindOf(ClassTree type) {
        return switch (type.getKind()) {
            case ANNOTATION_TYPE -> "@interface";
            default -> type.getKind().name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static Set<Modifier> typeImplicits(ClassTree type, TreePath path) {
        Set<Modifier> implicits = EnumSet.noneOf(Modifier.class);
        if (type.getKind() == Tree.Kind.RECORD) {
            implicits.add(Modifier.FINAL);
        }
        if (isInterface(type)) {
            implicits.add(Modifier.ABSTRACT);
        }
        Tree parent = path.getParentPath().getLeaf();
        if (parent instanceof ClassTree owner) {
            implicits.addAll(memberImplicits(owner, type.getModifiers(), EnumSet.noneOf(Modifier.class)));
            if (type.getKind() != Tree.Kind.CLASS) {
                implicits.add(Modifier.STATIC);
            }
        }
        return implicits;
    }

    /** What an interface adds to a member that is not private: public, and {@code extra}. */
    private static Set<Modifier> memberImplicits(ClassTree owner, ModifiersTree modifiers, Set<Modifier> extra) {
        Set<Modifier> implicits = EnumSet.noneOf(Modifier.class);
        if (isInterface(owner) && !modifiers.getFlags().contains(Modifier.PRIVATE)) {
            implicits.add(Modifier.PUBLIC);
            implicits.addAll(extra);
        }
        return implicits;
    }

    private static boolean isInterface(ClassTree type) {
        return type.getKind() == Tree.Kind.INTERFACE || type.getKind() == Tree.Kind.ANNOTATION_TYPE;
    }

    private static Set<Modifier> effective(ModifiersTree modifiers, Set<Modifier> implicits) {
        Set<Modifier> effective = EnumSet.noneOf(Modifier.class);
        effective.addAll(modifiers.getFlags());
        effective.addAll(implicits);
        effective.removeAll(NOT_SIGNATURE);
        return effective;
    }

    static boolean isConstant(Set<Modifier> effective) {
        return effective.contains(Modifier.STATIC) && effective.contains(Modifier.FINAL);
    }

    private static boolean isApi(Set<Modifier> effective) {
        return effective.contains(Modifier.PUBLIC) || effective.contains(Modifier.PROTECTED);
    }

    private static String modifiers(ModifiersTree modifiers, Set<Modifier> implicits) {
        return effective(modifiers, implicits).stream().map(Modifier::toString).collect(Collectors.joining(" "));
    }

    private static String typeParameters(List<? extends TypeParameterTree> parameters) {
        return parameters.isEmpty() ? "" : "<" + joined(parameters) + ">";
    }

    private static String joined(List<? extends Tree> trees) {
        return trees.stream().map(ApiSurface::typeText).collect(Collectors.joining(", "));
    }

    /**
     * A type as written, without package qualifiers: {@code java.util.List<String>} and an imported
     * {@code List<String>} are the same type (parsing alone cannot tell which {@code List}, and two
     * trees of one module import the same names).
     */
    private static String typeText(Tree type) {
        return QUALIFIER.matcher(type.toString()).replaceAll("");
    }

    /** The doc comment with its whitespace runs made one space: re-wrapping a paragraph is no drift. */
    private String javadoc(TreePath path) {
        String doc = source.trees().getDocComment(path);
        return doc == null ? null : doc.strip().replaceAll("\\s+", " ");
    }

    private long start(Tree tree) {
        return source.trees().getSourcePositions().getStartPosition(source.unit(), tree);
    }

    private long end(Tree tree) {
        return source.trees().getSourcePositions().getEndPosition(source.unit(), tree);
    }
}
