package dev.backendlab.grader.parity;

import java.util.List;
import java.util.Map;

/**
 * One declaration of a file as the parity check sees it: a package, type, constructor, method, field,
 * enum constant or record component.
 *
 * @param kind what it is: {@code package}, {@code type}, {@code constructor}, {@code method}, {@code
 *     field}, {@code enum constant}, {@code record component}
 * @param owner the enclosing types' names, {@code Outer.Inner}; empty for a package or top-level type
 * @param name its simple name ({@code Outer.Inner} for a nested type, the package name for a package)
 * @param parameterTypes a constructor's or method's parameter types as written; empty for the others
 * @param signature the signature parts compared, in order: part name to its text (modifiers, type
 *     parameters, return type, ...)
 * @param javadoc its Javadoc with whitespace normalised, or {@code null} when it has none
 * @param api whether it is part of the compared surface: a package, a top-level type, or a public or
 *     protected member of one; the others are only compared for Javadoc, when both trees have them
 * @param overrides whether it is a method marked {@code @Override}: the type has that method whether or
 *     not this file declares it, so declaring it in one tree only is no drift
 */
record ApiMember(String kind, String owner, String name, List<String> parameterTypes, Map<String, String> signature,
        String javadoc, boolean api, boolean overrides) {

    /** Members with the same group are candidates for each other: same kind, owner and name. */
    String group() {
        return kind + " " + owner + "#" + name;
    }

    /** Members with the same key are the same declaration (overloads differ by parameter types). */
    String key() {
        return group() + "(" + String.join(", ", parameterTypes) + ")";
    }

    /** How a drift names it: {@code method Owner.name(String, int)}, {@code field Owner.NAME}, {@code type Owner}. */
    String label() {
        String qualified = owner.isEmpty() || kind.equals("type") ? name : owner + "." + name;
        return switch (kind) {
            case "constructor" -> kind + " " + owner + "(" + String.join(", ", parameterTypes) + ")";
            case "method" -> kind + " " + qualified + "(" + String.join(", ", parameterTypes) + ")";
            default -> kind + " " + qualified;
        };
    }
}
