package dev.backendlab.grader.order;

import java.util.Comparator;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * Runs {@code @Nested} groups of checks in the order they are written in their enclosing class, as
 * {@link SourceOrderMethods} does for the checks in each group. Top-level classes (one exercise
 * each, in files of their own) keep the order of their names. Set as the default in lab-grader's
 * {@code junit-platform.properties}.
 */
public final class SourceOrderClasses implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors().sort(Comparator
                .comparingInt((ClassDescriptor descriptor) -> firstLine(descriptor.getTestClass()))
                .thenComparing(descriptor -> descriptor.getTestClass().getName()));
    }

    private static int firstLine(Class<?> testClass) {
        if (testClass.getEnclosingClass() == null) {
            return 0; // top level: by name
        }
        return LineNumbers.of(testClass).firstLineOfClass().orElse(Integer.MAX_VALUE);
    }
}
