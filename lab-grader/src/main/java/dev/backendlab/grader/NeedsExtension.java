package dev.backendlab.grader;

import java.lang.reflect.AnnotatedElement;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Resolves {@link Needs.Tool} and {@link Needs.Jdk}: on a class before its {@code @BeforeAll} setup
 * (so a server that needs the tool is never started without it), on a check before its
 * {@code @BeforeEach}. Registered by the annotations themselves.
 */
final class NeedsExtension implements BeforeAllCallback, BeforeEachCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getTestClass().ifPresent(NeedsExtension::resolve);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        context.getTestMethod().ifPresent(NeedsExtension::resolve);
    }

    private static void resolve(AnnotatedElement element) {
        AnnotationSupport.findAnnotation(element, Needs.Jdk.class).ifPresent(jdk -> Needs.jdk(jdk.value()));
        AnnotationSupport.findRepeatableAnnotations(element, Needs.Tool.class)
                .forEach(tool -> Needs.tool(tool.value(), tool.install()));
    }
}
