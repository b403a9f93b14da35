package dev.backendlab.grader.order;

import java.lang.reflect.Method;

/** A method's JVM descriptor (JVMS §4.3.3), the key a class file knows it by: {@code (ILjava/lang/String;)V}. */
final class Descriptors {

    private Descriptors() {
    }

    static String of(Method method) {
        StringBuilder descriptor = new StringBuilder("(");
        for (Class<?> parameter : method.getParameterTypes()) {
            descriptor.append(of(parameter));
        }
        return descriptor.append(')').append(of(method.getReturnType())).toString();
    }

    static String of(Class<?> type) {
        if (type.isArray()) {
            return type.getName().replace('.', '/');
        }
        if (!type.isPrimitive()) {
            return "L" + type.getName().replace('.', '/') + ";";
        }
        return switch (type.getName()) {
            case "void" -> "V";
            case "boolean" -> "Z";
            case "byte" -> "B";
            case "char" -> "C";
            case "short" -> "S";
            case "int" -> "I";
            case "long" -> "J";
            case "float" -> "F";
            case "double" -> "D";
            default -> throw new IllegalArgumentException("not a primitive type: " + type);
        };
    }
}
